package dev.chat2desk4j.mock.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.mock.state.AccountEvent;
import dev.chat2desk4j.webhooks.WebhookEvents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one builder of webhook payloads: an {@link AccountEvent} as the JSON body the fake POSTs, in
 * the wire doc's shapes ({@code inbox}, {@code outbox} with the inbox shape, {@code
 * dialog_transferred}, {@code close_dialog}; {@code outbox_status} ours), plus our {@code
 * event_id}. The in-memory fake parses these same bytes into its callback's events.
 */
public final class EventPayloads {

  private static final JsonFactory JSON = new JsonFactory();

  private EventPayloads() {}

  /** The body of every delivery of an event. */
  public static byte[] of(AccountEvent event) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator out = JSON.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("hook_type", event.type().wireValue());
      out.writeStringField(WebhookEvents.EVENT_ID_FIELD, event.id());
      switch (event.type()) {
        case INBOX, OUTBOX -> message(out, event);
        case OUTBOX_STATUS -> status(out, event);
        default -> dialog(out, event);
      }
      out.writeStringField("event_time", event.at().toString());
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static void message(JsonGenerator out, AccountEvent event) throws IOException {
    Message message = event.message();
    out.writeNumberField("message_id", message.id());
    out.writeStringField("type", message.type().wireValue());
    out.writeStringField("text", message.text());
    out.writeStringField("transport", message.transport().wireValue());
    out.writeNumberField("client_id", message.clientId());
    number(out, "operator_id", message.operatorId());
    number(out, "dialog_id", message.dialogId());
    number(out, "channel_id", message.channelId());
    number(out, "request_id", message.requestId());
    out.writeNullField("coordinates");
    out.writeArrayFieldStart("attachments");
    for (Attachment attachment : message.attachments()) {
      out.writeStartObject();
      out.writeStringField("content_type", attachment.contentType());
      out.writeStringField("name", attachment.name());
      out.writeObjectFieldStart("file");
      out.writeStringField("url", attachment.url());
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    client(out, event.client());
    if (message.isIncoming()) {
      out.writeBooleanField("is_new_request", event.newRequest());
      out.writeBooleanField("is_new_client", event.newClient());
    }
    out.writeObjectFieldStart("extra_data");
    out.writeEndObject();
  }

  private static void client(JsonGenerator out, Client client) throws IOException {
    if (client == null) {
      out.writeNullField("client");
      return;
    }
    out.writeObjectFieldStart("client");
    out.writeNumberField("id", client.id());
    out.writeStringField("phone", client.phone());
    out.writeNullField("client_phone");
    out.writeStringField("name", client.name());
    out.writeStringField("assigned_name", client.assignedName());
    out.writeStringField("external_id", client.externalId());
    out.writeEndObject();
  }

  private static void status(JsonGenerator out, AccountEvent event) throws IOException {
    Message message = event.message();
    out.writeNumberField("message_id", message.id());
    out.writeStringField("status", event.status());
    out.writeNumberField("client_id", message.clientId());
    number(out, "dialog_id", message.dialogId());
    number(out, "channel_id", message.channelId());
    out.writeNullField("error");
  }

  private static void dialog(JsonGenerator out, AccountEvent event) throws IOException {
    out.writeNumberField("dialog_id", event.dialog().id());
    number(out, "client_id", event.dialog().clientId());
    number(out, "operator_id", event.dialog().operatorId());
    number(out, "from_operator_id", event.fromOperatorId());
    number(out, "request_id", event.dialog().lastRequestId());
  }

  private static void number(JsonGenerator out, String field, Long value) throws IOException {
    if (value == null) {
      out.writeNullField(field);
    } else {
      out.writeNumberField(field, value);
    }
  }
}
