package dev.chat2desk4j.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.mock.state.MockApiException;
import dev.chat2desk4j.mock.state.MockDialog;
import dev.chat2desk4j.mock.state.WireErrors;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON the fake writes: the envelopes and the API's objects, with the wire's field names. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Json() {}

  static String success(JsonNode data) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("data", data);
    root.put("status", "success");
    return write(root);
  }

  static <T> String page(Page<T> page, Function<T, JsonNode> view) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode data = root.putArray("data");
    page.items().forEach(item -> data.add(view.apply(item)));
    ObjectNode meta = root.putObject("meta");
    meta.put("total", page.total());
    meta.put("limit", page.limit());
    meta.put("offset", page.offset());
    root.put("status", "success");
    return write(root);
  }

  static String error(MockApiException error) {
    return error.body();
  }

  static String error(String message, Map<String, List<String>> fieldErrors) {
    return WireErrors.envelope(message, fieldErrors);
  }

  static JsonNode client(Client client) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", client.id());
    node.put("name", client.name());
    node.put("assigned_name", client.assignedName());
    node.put("phone", client.phone());
    node.put("avatar", client.avatar());
    node.put("region_id", client.regionId());
    node.put("country_id", client.countryId());
    node.put("client_external_id", client.externalId());
    node.put("external_id", client.externalId());
    node.put("comment", client.comment());
    node.putNull("extra_comment_1");
    node.putNull("extra_comment_2");
    node.putNull("extra_comment_3");
    ArrayNode tags = node.putArray("tags");
    client.tagIds().forEach(id -> tags.addObject().put("id", id));
    return node;
  }

  static JsonNode message(Message message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", message.id());
    node.put("text", message.text());
    node.put("transport", message.transport().wireValue());
    node.put("type", message.type().wireValue());
    node.put("read", message.read() ? 1 : 0);
    node.put("created", timestamp(message.createdAt()));
    node.put("client_id", message.clientId());
    node.put("operator_id", message.operatorId());
    node.put("channel_id", message.channelId());
    node.put("dialog_id", message.dialogId());
    node.put("request_id", message.requestId());
    for (String absent : List.of("photo", "video", "audio", "pdf", "coordinates", "remote_id")) {
      node.putNull(absent);
    }
    node.putNull("recipient_status");
    node.putArray("attachments");
    node.putObject("extra_data");
    return node;
  }

  static JsonNode sent(SentMessage sent) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("message_id", sent.messageId());
    node.put("channel_id", sent.channelId());
    node.put("operator_id", sent.operatorId());
    node.put("transport", sent.transport().wireValue());
    node.put("type", sent.type().wireValue());
    node.put("client_id", sent.clientId());
    node.put("dialog_id", sent.dialogId());
    node.put("request_id", sent.requestId());
    return node;
  }

  static JsonNode transfer(Transfer transfer) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", transfer.id());
    node.put("dialog_id", transfer.dialogId());
    node.put("client_id", transfer.clientId());
    node.put("from_operator_id", transfer.fromOperatorId());
    node.put("to_operator_id", transfer.toOperatorId());
    node.put("created", timestamp(transfer.createdAt()));
    return node;
  }

  static JsonNode dialog(MockDialog dialog) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", dialog.id());
    node.put("state", dialog.state().wireValue());
    node.put("operator_id", dialog.operatorId());
    node.put("client_id", dialog.clientId());
    node.put("request_id", dialog.requestId());
    node.put("begin", timestamp(dialog.createdAt()));
    return node;
  }

  static String timestamp(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
