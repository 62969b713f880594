package dev.chat2desk4j.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.UpdateClient;
import dev.chat2desk4j.api.UpdateDialog;
import dev.chat2desk4j.api.UpdateWebhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies the client sends, as Jackson writes them through {@link WireJson}: snake_case
 * names, and a null field left out, so that a body carries only what the request set (an update
 * changes only those fields, a send without text has no {@code text}). Each is made from its
 * request record by {@code of(..)}.
 */
final class WireBodies {

  private WireBodies() {}

  /** The body of {@code POST /v1/messages}. */
  record Send(
      long clientId,
      String text,
      String type,
      String transport,
      Long channelId,
      Long operatorId,
      String attachment,
      String pdf,
      Boolean openDialog) {

    static Send of(SendMessage request) {
      return new Send(
          request.clientId(),
          request.text(),
          request.type().wireValue(),
          request.transport() == null ? null : request.transport().wireValue(),
          request.channelId(),
          request.operatorId(),
          request.attachment(),
          request.pdf(),
          request.openDialog());
    }
  }

  /** The body of {@code POST /v1/clients}. */
  record NewClient(
      String phone, String transport, Long channelId, String nickname, String assignedPhone) {

    static NewClient of(CreateClient request) {
      return new NewClient(
          request.phone(),
          request.transport() == null ? null : request.transport().wireValue(),
          request.channelId(),
          request.nickname(),
          request.assignedPhone());
    }
  }

  /** The body of {@code PUT /v1/clients/{id}}: only the fields the update sets. */
  record ClientChange(
      String nickname,
      String comment,
      @JsonProperty("extra_comment_1") String extraComment1,
      @JsonProperty("extra_comment_2") String extraComment2,
      @JsonProperty("extra_comment_3") String extraComment3,
      String externalId,
      Map<String, String> customFields) {

    static ClientChange of(UpdateClient request) {
      return new ClientChange(
          request.nickname(),
          request.comment(),
          request.extraComment1(),
          request.extraComment2(),
          request.extraComment3(),
          request.externalId(),
          request.customFields().isEmpty() ? null : request.customFields());
    }
  }

  /** The body of {@code POST /v1/messages/inbox}: the text travels as {@code body}. */
  record Inbound(
      long channelId,
      String body,
      String image,
      String video,
      String location,
      String externalId,
      Sender fromClient) {

    static Inbound of(SendInboundMessage request) {
      InboundSender from = request.from();
      return new Inbound(
          request.channelId(),
          request.text(),
          request.image(),
          request.video(),
          request.location(),
          request.externalId(),
          new Sender(from.id(), from.phone(), from.nickname(), from.avatar()));
    }
  }

  /** The {@code from_client} of an inbound message: exactly one of id and phone. */
  record Sender(Long id, String phone, String nickname, String avatar) {}

  /** The body of {@code PUT /v1/dialogs/{id}}: only the fields the update sets. */
  record DialogChange(Long operatorId, String state, Long initiatorId) {

    static DialogChange of(UpdateDialog request) {
      return new DialogChange(
          request.operatorId(),
          request.state() == null ? null : request.state().wireValue(),
          request.initiatorId());
    }
  }

  /** The body of {@code POST /v1/tags/assign_to}. */
  record TagAssignment(List<Long> tagIds, String assigneeType, long assigneeId) {

    static TagAssignment of(AssignTags request) {
      return new TagAssignment(
          request.tagIds(), request.assignee().kind().wireValue(), request.assignee().id());
    }
  }

  /**
   * The body of {@code POST /v1/webhooks} and {@code PUT /v1/webhooks/{id}}; an empty list is left
   * out, which means "every channel" on a create and "keep" on an update.
   */
  record WebhookSettings(
      String url, String name, List<String> events, List<Long> channels, String status) {

    static WebhookSettings of(CreateWebhook request) {
      return of(
          request.url(), request.name(), request.events(), request.channelIds(), request.status());
    }

    static WebhookSettings of(UpdateWebhook request) {
      return of(
          request.url(), request.name(), request.events(), request.channelIds(), request.status());
    }

    private static WebhookSettings of(
        String url,
        String name,
        List<WebhookEvent> events,
        List<Long> channelIds,
        WebhookStatus status) {
      return new WebhookSettings(
          url,
          name,
          events.isEmpty() ? null : events.stream().map(WebhookEvent::wireValue).toList(),
          channelIds.isEmpty() ? null : channelIds,
          status == null ? null : status.wireValue());
    }
  }

  /** The body of the legacy hooks, {@code POST /v1/companies/web_hook} and its sibling. */
  record Url(String url) {}
}
