package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The JSON the fake writes: the envelopes and the API's objects, with the wire's field names. Not
 * API: public for the admin routes.
 *
 * <p>The API's objects are streamed straight into UTF-8 bytes, field by field in the wire's order,
 * because building a tree first and then a string cost most of a list request's time under load.
 */
public final class Json {

  /** The fake's one Jackson mapper, for the trees the admin API builds. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final List<AttachmentKind> TOP_LEVEL_MEDIA =
      List.of(AttachmentKind.PHOTO, AttachmentKind.VIDEO, AttachmentKind.AUDIO, AttachmentKind.PDF);

  /** Writes one API object. */
  @FunctionalInterface
  public interface View<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  /** Writes a whole document. */
  @FunctionalInterface
  private interface Document {
    void write(JsonGenerator out) throws IOException;
  }

  private Json() {}

  /** {@code {"data": <value>, "status": "success"}}. */
  public static <T> byte[] success(T value, View<T> view) {
    return render(
        out -> {
          out.writeStartObject();
          out.writeFieldName("data");
          view.write(out, value);
          out.writeStringField("status", "success");
          out.writeEndObject();
        });
  }

  /** The success envelope around a tree, for the admin API's own documents. */
  public static byte[] success(JsonNode data) {
    return success(data, (out, node) -> MAPPER.writeTree(out, node));
  }

  /** {@code {"data": [...], "meta": {"total", "limit", "offset"}, "status": "success"}}. */
  static <T> byte[] page(Page<T> page, View<T> view) {
    return render(
        out -> {
          out.writeStartObject();
          out.writeArrayFieldStart("data");
          for (T item : page.items()) {
            view.write(out, item);
          }
          out.writeEndArray();
          out.writeObjectFieldStart("meta");
          out.writeNumberField("total", page.total().orElseThrow());
          out.writeNumberField("limit", page.limit());
          out.writeNumberField("offset", page.offset());
          out.writeEndObject();
          out.writeStringField("status", "success");
          out.writeEndObject();
        });
  }

  static void client(JsonGenerator out, Client client) throws IOException {
    out.writeStartObject();
    clientFields(out, client);
    out.writeEndObject();
  }

  /** One client as its own read answers it: the listed fields, then its channels. */
  static void clientWithChannels(JsonGenerator out, Client client) throws IOException {
    out.writeStartObject();
    clientFields(out, client);
    out.writeArrayFieldStart("channels");
    for (ClientChannel channel : client.channels()) {
      channel(out, "id", channel);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** The channels a client can be reached through, as {@code /v1/clients/{id}/transport} lists. */
  static void transports(JsonGenerator out, List<ClientChannel> channels) throws IOException {
    out.writeStartArray();
    for (ClientChannel channel : channels) {
      channel(out, "channel_id", channel);
    }
    out.writeEndArray();
  }

  private static void channel(JsonGenerator out, String idField, ClientChannel channel)
      throws IOException {
    out.writeStartObject();
    out.writeNumberField(idField, channel.id());
    out.writeArrayFieldStart("transports");
    for (Transport transport : channel.transports()) {
      out.writeString(transport.wireValue());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void clientFields(JsonGenerator out, Client client) throws IOException {
    out.writeNumberField("id", client.id());
    out.writeStringField("name", client.name());
    out.writeStringField("assigned_name", client.assignedName());
    out.writeStringField("phone", client.phone());
    out.writeStringField("avatar", client.avatar());
    number(out, "region_id", client.regionId());
    number(out, "country_id", client.countryId());
    out.writeStringField("client_external_id", client.externalId());
    out.writeStringField("external_id", client.externalId());
    out.writeStringField("comment", client.comment());
    out.writeStringField("extra_comment_1", client.extraComment1());
    out.writeStringField("extra_comment_2", client.extraComment2());
    out.writeStringField("extra_comment_3", client.extraComment3());
    out.writeObjectFieldStart("custom_fields");
    for (Map.Entry<String, String> field : client.customFields().entrySet()) {
      out.writeStringField(field.getKey(), field.getValue());
    }
    out.writeEndObject();
    out.writeArrayFieldStart("tags");
    for (long id : client.tagIds()) {
      out.writeStartObject();
      out.writeNumberField("id", id);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /**
   * One message, as listings and the admin API show it. A file without a media type is its kind's
   * top-level field ({@code photo}, {@code video}, {@code audio}, {@code pdf}); one with a media
   * type an item of {@code attachments} (see {@code mock.state.Media}).
   */
  public static void message(JsonGenerator out, Message message) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", message.id());
    out.writeStringField("text", message.text());
    out.writeStringField("transport", message.transport().wireValue());
    out.writeStringField("type", message.type().wireValue());
    out.writeNumberField("read", message.read() ? 1 : 0);
    out.writeStringField("created", timestamp(message.createdAt()));
    out.writeNumberField("client_id", message.clientId());
    number(out, "operator_id", message.operatorId());
    number(out, "channel_id", message.channelId());
    number(out, "dialog_id", message.dialogId());
    number(out, "request_id", message.requestId());
    for (AttachmentKind kind : TOP_LEVEL_MEDIA) {
      out.writeStringField(
          kind.wireValue(),
          message.attachments().stream()
              .filter(file -> file.contentType() == null && file.kind() == kind)
              .map(Attachment::url)
              .findFirst()
              .orElse(null));
    }
    out.writeNullField("coordinates");
    out.writeStringField("remote_id", message.remoteId());
    out.writeNullField("recipient_status");
    out.writeArrayFieldStart("attachments");
    for (Attachment file : message.attachments()) {
      if (file.contentType() != null || !TOP_LEVEL_MEDIA.contains(file.kind())) {
        out.writeStartObject();
        out.writeStringField("content_type", file.contentType());
        out.writeStringField("name", file.name());
        out.writeObjectFieldStart("file");
        out.writeStringField("url", file.url());
        out.writeEndObject();
        out.writeEndObject();
      }
    }
    out.writeEndArray();
    out.writeObjectFieldStart("extra_data");
    out.writeEndObject();
    out.writeEndObject();
  }

  /** The answer to a send: the ids of the message as stored. */
  static void sent(JsonGenerator out, SentMessage sent) throws IOException {
    out.writeStartObject();
    out.writeNumberField("message_id", sent.id());
    number(out, "channel_id", sent.channelId());
    number(out, "operator_id", sent.operatorId());
    out.writeStringField("transport", sent.transport().wireValue());
    out.writeStringField("type", sent.type().wireValue());
    out.writeNumberField("client_id", sent.clientId());
    number(out, "dialog_id", sent.dialogId());
    number(out, "request_id", sent.requestId());
    out.writeEndObject();
  }

  static void transfer(JsonGenerator out, Transfer transfer) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", transfer.id());
    out.writeNumberField("dialog_id", transfer.dialogId());
    out.writeNumberField("client_id", transfer.clientId());
    number(out, "from_operator_id", transfer.fromOperatorId());
    out.writeNumberField("to_operator_id", transfer.toOperatorId());
    out.writeStringField("created", timestamp(transfer.createdAt()));
    out.writeEndObject();
  }

  static void dialog(JsonGenerator out, Dialog dialog) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", dialog.id());
    out.writeStringField("state", dialog.state().wireValue());
    out.writeStringField("begin", timestamp(dialog.begin()));
    out.writeStringField("end", timestamp(dialog.end()));
    number(out, "operator_id", dialog.operatorId());
    number(out, "client_id", dialog.clientId());
    if (dialog.lastMessage() == null) {
      out.writeNullField("last_message");
    } else {
      out.writeFieldName("last_message");
      message(out, dialog.lastMessage());
    }
    number(out, "last_request_id", dialog.lastRequestId());
    out.writeNumberField("messages", dialog.messageCount());
    out.writeEndObject();
  }

  static String timestamp(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  /** A tree as JSON text. */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tree as UTF-8 JSON. */
  public static byte[] bytes(JsonNode node) {
    return render(out -> MAPPER.writeTree(out, node));
  }

  static void number(JsonGenerator out, String name, Long value) throws IOException {
    if (value == null) {
      out.writeNullField(name);
    } else {
      out.writeNumberField(name, value);
    }
  }

  private static byte[] render(Document document) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    try (JsonGenerator out = MAPPER.getFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
      document.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
