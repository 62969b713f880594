package dev.chat2desk4j.mock.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.SetChatCloseWebHook;
import dev.chat2desk4j.api.SetWebHook;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookError;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the webhook routes read their parameters ({@code url}, {@code name}, {@code events}, {@code
 * channels}, {@code status}) and how a webhook is written, with the wire's field names.
 */
final class WebhookRoutes {

  private WebhookRoutes() {}

  static CreateWebhook create(Params params) {
    String url = params.url("url");
    if (url == null) {
      params.problemUnlessNamed("url", WireErrors.REQUIRED);
    }
    String name = params.text("name");
    List<WebhookEvent> events = events(params);
    if (events.isEmpty()) {
      params.problemUnlessNamed("events", WireErrors.REQUIRED);
    }
    List<Long> channels = params.ids("channels");
    WebhookStatus status = status(params);
    params.validate();
    return new CreateWebhook(url, blankToNull(name), events, channels, status);
  }

  static UpdateWebhook update(Params params) {
    String url = params.url("url");
    String name = params.text("name");
    List<WebhookEvent> events = events(params);
    List<Long> channels = params.ids("channels");
    WebhookStatus status = status(params);
    params.validate();
    return new UpdateWebhook(params.pathId(), url, blankToNull(name), events, channels, status);
  }

  static SetWebHook setWebHook(Params params) {
    return SetWebHook.of(requiredUrl(params));
  }

  static SetChatCloseWebHook setChatCloseWebHook(Params params) {
    return SetChatCloseWebHook.of(requiredUrl(params));
  }

  static void webhook(JsonGenerator out, Webhook webhook) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", webhook.id());
    out.writeStringField("name", webhook.name());
    out.writeStringField("url", webhook.url());
    out.writeArrayFieldStart("events");
    for (WebhookEvent event : webhook.events()) {
      out.writeString(event.wireValue());
    }
    out.writeEndArray();
    out.writeStringField("status", webhook.status().wireValue());
    out.writeArrayFieldStart("errors");
    for (WebhookError error : webhook.errors()) {
      out.writeStartObject();
      out.writeStringField("text", error.text());
      out.writeNumberField("created_at", error.createdAt().getEpochSecond());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeStringField("source", webhook.source());
    out.writeArrayFieldStart("channels");
    for (long channelId : webhook.channelIds()) {
      out.writeNumber(channelId);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static String requiredUrl(Params params) {
    String url = params.url("url");
    if (url == null) {
      params.problemUnlessNamed("url", WireErrors.REQUIRED);
    }
    params.validate();
    return url;
  }

  /** Event names as a JSON array, repeated keys or one comma-separated value; each one known. */
  private static List<WebhookEvent> events(Params params) {
    List<String> names = new ArrayList<>();
    JsonNode node = params.node("events");
    if (node != null && node.isArray()) {
      node.forEach(item -> names.add(item.asText()));
    } else {
      for (String value : params.all("events")) {
        for (String part : value.split(",")) {
          if (!part.isBlank()) {
            names.add(part.trim());
          }
        }
      }
    }
    List<WebhookEvent> events = new ArrayList<>();
    for (String name : names) {
      WebhookEvent event = WebhookEvent.fromWire(name.trim());
      if (event == WebhookEvent.UNKNOWN) {
        params.problemUnlessNamed("events", WireErrors.NOT_ALLOWED);
      } else if (!events.contains(event)) {
        events.add(event);
      }
    }
    return events;
  }

  private static WebhookStatus status(Params params) {
    String text = params.text("status");
    if (text == null) {
      return null;
    }
    WebhookStatus status = WebhookStatus.fromWire(text.trim());
    if (status == WebhookStatus.UNKNOWN) {
      params.problem("status", WireErrors.NOT_ALLOWED);
      return null;
    }
    return status;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
