package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.HelpEntry;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.Template;
import dev.chat2desk4j.api.Transport;
import java.io.IOException;
import java.util.List;

/**
 * The JSON of operators, groups, channels, tags, templates, the account's information and the help
 * lists, with the wire's field names (see {@code docs/wire-format.md}), beside {@link Json}'s.
 */
final class ReferenceJson {

  private ReferenceJson() {}

  /**
   * {@code {"data": [...], "status": "success"}}, for the collections the API answers whole,
   * without paging.
   */
  static <T> byte[] list(List<T> items, Json.View<T> view) {
    return Json.success(
        items,
        (out, all) -> {
          out.writeStartArray();
          for (T item : all) {
            view.write(out, item);
          }
          out.writeEndArray();
        });
  }

  /**
   * {@code {"data": {}, "status": "success"}}: the answer of a call whose result is nothing (ours).
   */
  static byte[] done(Void nothing) {
    return Json.success(
        nothing,
        (out, none) -> {
          out.writeStartObject();
          out.writeEndObject();
        });
  }

  static void operator(JsonGenerator out, Operator operator) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", operator.id());
    out.writeStringField("email", operator.email());
    out.writeStringField("phone", operator.phone());
    out.writeStringField("role", operator.role().wireValue());
    out.writeNumberField("online", operator.online() ? 1 : 0);
    out.writeNumberField("opened_dialogs", operator.openedDialogs());
    out.writeStringField("first_name", operator.firstName());
    out.writeStringField("last_name", operator.lastName());
    out.writeStringField("avatar", operator.avatar());
    Json.number(out, "access_right_id", operator.accessRightId());
    out.writeStringField("external_id", operator.externalId());
    out.writeStringField("last_visit", Json.timestamp(operator.lastVisit()));
    Json.number(out, "status_id", operator.statusId());
    out.writeEndObject();
  }

  static void group(JsonGenerator out, OperatorGroup group) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", group.id());
    out.writeStringField("name", group.name());
    out.writeArrayFieldStart("operator_ids");
    for (long id : group.operatorIds()) {
      out.writeNumber(id);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void channel(JsonGenerator out, Channel channel) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", channel.id());
    out.writeStringField("name", channel.name());
    out.writeStringField("phone", channel.phone());
    out.writeArrayFieldStart("transports");
    for (Transport transport : channel.transports()) {
      out.writeString(transport.wireValue());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void tag(JsonGenerator out, Tag tag) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", tag.id());
    Json.number(out, "group_id", tag.groupId());
    out.writeStringField("group_name", tag.groupName());
    out.writeStringField("label", tag.label());
    out.writeStringField("description", tag.description());
    out.writeEndObject();
  }

  static void template(JsonGenerator out, Template template) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", template.id());
    out.writeStringField("command", template.command());
    out.writeStringField("text", template.text());
    out.writeStringField("name", template.name());
    out.writeStringField("created", Json.timestamp(template.createdAt()));
    out.writeEndObject();
  }

  /** Both generations of the API's field names, then our {@code requests_limit}. */
  static void accountInfo(JsonGenerator out, AccountInfo info) throws IOException {
    out.writeStartObject();
    Json.number(out, "companyID", info.companyId());
    Json.number(out, "partnerID", info.partnerId());
    out.writeStringField("company_name", info.companyName());
    out.writeStringField("admin_email", info.adminEmail());
    out.writeStringField("company_mode", info.mode());
    out.writeStringField("company_lang", info.language());
    out.writeStringField("mode", info.mode());
    out.writeStringField("hook", info.webHook());
    out.writeStringField("chat_close_web_hook", info.chatCloseWebHook());
    out.writeStringField("current_version", info.currentVersion());
    Json.number(out, "requests_this_month", info.requestsThisMonth());
    Json.number(out, "requests_limit", info.requestsLimit());
    Json.number(out, "channels", info.channels() == null ? null : info.channels().longValue());
    out.writeEndObject();
  }

  static void helpEntry(JsonGenerator out, HelpEntry entry) throws IOException {
    out.writeStartObject();
    Json.number(out, "id", entry.id());
    out.writeStringField("name", entry.name());
    out.writeStringField("description", entry.description());
    out.writeEndObject();
  }
}
