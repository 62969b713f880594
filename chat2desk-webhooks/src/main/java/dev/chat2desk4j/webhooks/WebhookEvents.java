package dev.chat2desk4j.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses a webhook delivery's body into its {@link Chat2DeskEvent}. Tolerant of what the wire does:
 * unknown fields are ignored, ids may be strings, booleans {@code 0}/{@code 1}, times in either
 * form, media as top-level URLs or as {@code attachments}. An event name this library does not know
 * becomes {@link Unknown}. Thread-safe.
 */
public final class WebhookEvents {

  /** The payload field this project's fake puts a stable event id in (ours). */
  public static final String EVENT_ID_FIELD = "event_id";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> MEDIA_FIELDS = List.of("photo", "video", "audio", "pdf");

  private WebhookEvents() {}

  /**
   * Parses a body as it was received.
   *
   * @throws WebhookParseException for a body that is no JSON object with a {@code hook_type}, or
   *     that lacks what its event needs (such as an {@code inbox} without {@code message_id})
   */
  public static Chat2DeskEvent parse(byte[] body) {
    Objects.requireNonNull(body, "body");
    return parse(new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Parses a body given as text; see {@link #parse(byte[])}.
   *
   * @throws WebhookParseException when the body cannot be read as an event
   */
  public static Chat2DeskEvent parse(String body) {
    Objects.requireNonNull(body, "body");
    JsonNode root = tree(body);
    JsonNode type = root.path("hook_type");
    if (!type.isTextual() || type.asText().isBlank()) {
      throw new WebhookParseException("A webhook body needs hook_type as a text");
    }
    String hookType = type.asText().trim();
    Fields fields = new Fields(root, hookType);
    return switch (hookType) {
      case Inbox.HOOK_TYPE -> inbox(fields);
      case Outbox.HOOK_TYPE -> outbox(fields);
      case OutboxStatus.HOOK_TYPE -> outboxStatus(fields);
      case DialogTransferred.HOOK_TYPE -> transferred(fields);
      case DialogClosed.HOOK_TYPE -> closed(fields);
      default -> new Unknown(hookType, body);
    };
  }

  private static JsonNode tree(String body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the body, which may hold personal data: only say where.
      String where =
          e.getLocation() == null
              ? ""
              : "; it fails at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new WebhookParseException("A webhook body must be JSON" + where);
    }
    if (root == null || !root.isObject()) {
      throw new WebhookParseException("A webhook body must be a JSON object");
    }
    return root;
  }

  private static Inbox inbox(Fields f) {
    long messageId = f.requiredId("message_id");
    return new Inbox(
        eventId(f, Inbox.HOOK_TYPE, messageId),
        messageId,
        f.text("text"),
        Transport.fromWire(f.text("transport")),
        f.requiredId("client_id"),
        f.id("operator_id"),
        f.id("dialog_id"),
        f.id("channel_id"),
        f.id("request_id"),
        attachments(f),
        client(f.node("client")),
        f.bool("is_new_client"),
        f.bool("is_new_request"),
        f.instant("event_time"));
  }

  private static Outbox outbox(Fields f) {
    long messageId = f.requiredId("message_id");
    return new Outbox(
        eventId(f, Outbox.HOOK_TYPE, messageId),
        messageId,
        f.text("text"),
        Transport.fromWire(f.text("transport")),
        f.requiredId("client_id"),
        f.id("operator_id"),
        f.id("dialog_id"),
        f.id("channel_id"),
        f.id("request_id"),
        attachments(f),
        client(f.node("client")),
        f.instant("event_time"));
  }

  private static OutboxStatus outboxStatus(Fields f) {
    long messageId = f.requiredId("message_id");
    String status = f.text("status");
    String key = OutboxStatus.HOOK_TYPE + ":" + messageId + ":" + status;
    return new OutboxStatus(
        Optional.ofNullable(f.text(EVENT_ID_FIELD)).orElse(key),
        messageId,
        status,
        f.id("client_id"),
        f.id("dialog_id"),
        f.id("channel_id"),
        f.text("error"),
        f.instant("event_time"));
  }

  private static DialogTransferred transferred(Fields f) {
    long dialogId = f.requiredId("dialog_id");
    Long operatorId = f.id("operator_id");
    String key = DialogTransferred.HOOK_TYPE + ":" + dialogId + ":" + operatorId;
    return new DialogTransferred(
        Optional.ofNullable(f.text(EVENT_ID_FIELD)).orElse(key),
        dialogId,
        f.id("client_id"),
        operatorId,
        f.id("from_operator_id"),
        f.instant("event_time"));
  }

  private static DialogClosed closed(Fields f) {
    long dialogId = f.requiredId("dialog_id");
    return new DialogClosed(
        eventId(f, DialogClosed.HOOK_TYPE, dialogId),
        dialogId,
        f.id("client_id"),
        f.id("operator_id"),
        f.id("request_id"),
        f.instant("event_time"));
  }

  /** The payload's event id, or the receivers' usual key: {@code hook_type} and the record's id. */
  private static String eventId(Fields f, String hookType, long id) {
    return Optional.ofNullable(f.text(EVENT_ID_FIELD)).orElse(hookType + ":" + id);
  }

  /** An unknown event's id from its payload, when it has one of the usual fields. */
  static Optional<String> unknownEventId(Unknown event) {
    JsonNode root;
    try {
      root = MAPPER.readTree(event.rawJson());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    Fields f = new Fields(root, event.hookType());
    if (f.text(EVENT_ID_FIELD) != null) {
      return Optional.of(f.text(EVENT_ID_FIELD));
    }
    Long id = f.id("message_id") != null ? f.id("message_id") : f.id("dialog_id");
    return Optional.ofNullable(id).map(value -> event.hookType() + ":" + value);
  }

  private static EventClient client(JsonNode node) {
    Long id = Fields.id(node.path("id"));
    if (!node.isObject() || id == null) {
      return null;
    }
    Fields f = new Fields(node, "client");
    return new EventClient(
        id,
        f.text("phone"),
        f.text("client_phone"),
        f.text("name"),
        f.text("assigned_name"),
        f.text("external_id"));
  }

  private static List<EventAttachment> attachments(Fields f) {
    List<EventAttachment> attachments = new ArrayList<>();
    for (String field : MEDIA_FIELDS) {
      String url = f.text(field);
      if (url != null && !url.isBlank()) {
        attachments.add(new EventAttachment(field, url, null));
      }
    }
    for (JsonNode item : f.node("attachments")) {
      Fields a = new Fields(item, "attachment");
      String url =
          item.path("file").isObject() ? new Fields(item.get("file"), "").text("url") : null;
      url = url != null ? url : a.text("link");
      url = url != null ? url : a.text("url");
      if (url != null) {
        attachments.add(new EventAttachment(a.text("content_type"), url, a.text("name")));
      }
    }
    return attachments;
  }
}
