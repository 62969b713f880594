package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.TransferMessageDialog;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How the {@code /v1/messages} routes read their parameters. Every rule of the request records is
 * checked here first, naming the wire's field, so that building the record never fails.
 */
final class MessageRoutes {

  private MessageRoutes() {}

  static SendMessage send(Params params) {
    Long clientId = params.requiredId("client_id");
    String text = text(params, "text");
    MessageType type = type(params, MessageType::isSendable);
    Transport transport = transport(params);
    Long channelId = params.id("channel_id");
    Long operatorId = params.id("operator_id");
    Boolean openDialog = params.bool("open_dialog");
    String attachment = params.url("attachment");
    String pdf = params.url("pdf");
    if (text == null && attachment == null && pdf == null) {
      params.problemUnlessNamed("text", WireErrors.REQUIRED);
    }
    params.validate();
    return new SendMessage(
        clientId,
        text,
        type == null ? MessageType.TO_CLIENT : type,
        transport,
        channelId,
        operatorId,
        attachment,
        pdf,
        openDialog);
  }

  static ListMessages list(Params params) {
    Long clientId = params.id("client_id");
    PageParams page = PageParams.of(params);
    SortOrder order = PageParams.order(params);
    MessageType type = type(params, known -> known != MessageType.UNKNOWN);
    Transport transport = transport(params);
    Long channelId = params.id("channel_id");
    Long dialogId = params.id("dialog_id");
    Long operatorId = params.id("operator_id");
    Boolean read = params.bool("read");
    Long startId = params.id("start_id");
    Instant start = params.instant("start_date", false);
    Instant finish = params.instant("finish_date", true);
    if (start != null && finish != null && start.isAfter(finish)) {
      params.problem("finish_date", "must not be before start_date");
    }
    params.validate();
    ListMessages request =
        ListMessages.of()
            .withLimit(page.limit())
            .withOffset(page.offset())
            .withOrder(order == null ? SortOrder.ASC : order);
    request = clientId == null ? request : request.withClientId(clientId);
    request = type == null ? request : request.withType(type);
    request = transport == null ? request : request.withTransport(transport);
    request = channelId == null ? request : request.withChannelId(channelId);
    request = dialogId == null ? request : request.withDialogId(dialogId);
    request = operatorId == null ? request : request.withOperatorId(operatorId);
    request = read == null ? request : request.withRead(read);
    request = startId == null ? request : request.withStartId(startId);
    request = start == null ? request : request.withStartDate(start);
    return finish == null ? request : request.withFinishDate(finish);
  }

  static TransferMessageDialog transfer(Params params) {
    Long operatorId = params.requiredId("operator_id");
    Boolean force = params.bool("force_assign");
    params.validate();
    TransferMessageDialog request = TransferMessageDialog.of(params.pathId(), operatorId);
    return force == null ? request : request.withForceAssign(force);
  }

  /** {@code POST /v1/messages/inbox}: the message a customer writes on an external channel. */
  static SendInboundMessage inbound(Params params) {
    Long channelId = params.requiredId("channel_id");
    String body = text(params, "body");
    String image = params.url("image");
    String video = params.url("video");
    String location = notBlank(params, "location");
    String externalId = notBlank(params, "external_id");
    InboundSender from = sender(params);
    if (body == null && image == null && video == null && location == null) {
      params.problemUnlessNamed("body", "is required unless image, video or location is given");
    }
    params.validate();
    return new SendInboundMessage(channelId, from, body, image, video, location, externalId);
  }

  /** {@code from_client}: exactly one of {@code id} and {@code phone}, with optional details. */
  private static InboundSender sender(Params params) {
    Map<String, String> from = CompoundParams.object(params, "from_client");
    if (from == null) {
      params.problemUnlessNamed("from_client", WireErrors.REQUIRED);
      return null;
    }
    String id = blankToNull(from.get("id"));
    String phone = blankToNull(from.get("phone"));
    if ((id == null) == (phone == null)) {
      params.problem("from_client", "must have exactly one of id and phone");
      return null;
    }
    InboundSender sender = null;
    if (id != null) {
      long parsed = id.matches("[0-9]{1,18}") ? Long.parseLong(id) : 0;
      if (parsed <= 0) {
        params.problem("from_client.id", WireErrors.NOT_POSITIVE);
      } else {
        sender = InboundSender.client(parsed);
      }
    } else {
      String digits = phone.replaceAll("[^0-9]", "");
      if (digits.length() < 5 || digits.length() > 20) {
        params.problem("from_client.phone", "must have 5 to 20 digits");
      } else {
        sender = InboundSender.phone(digits);
      }
    }
    String nickname = blankToNull(from.get("nickname"));
    String avatar = blankToNull(from.get("avatar"));
    if (avatar != null && !Params.isUrl(avatar)) {
      params.problem("from_client.avatar", WireErrors.NOT_URL);
      return null;
    }
    sender = sender == null || nickname == null ? sender : sender.withNickname(nickname);
    return sender == null || avatar == null ? sender : sender.withAvatar(avatar);
  }

  /** A message text: absent or empty is null; blank or too long is a problem. */
  private static String text(Params params, String field) {
    String text = params.text(field);
    if (text != null && text.isBlank()) {
      params.problem(field, WireErrors.BLANK);
      return null;
    }
    if (text != null && ApiLimits.textLength(text) > ApiLimits.MAX_TEXT_LENGTH) {
      params.problem(field, WireErrors.TEXT_TOO_LONG);
      return null;
    }
    return text;
  }

  private static String notBlank(Params params, String field) {
    String text = params.text(field);
    if (text != null && text.isBlank()) {
      params.problem(field, WireErrors.BLANK);
      return null;
    }
    return text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The {@code type}, or null when absent or not allowed here (then a problem). */
  private static MessageType type(Params params, Predicate<MessageType> allowed) {
    String text = params.text("type");
    if (text == null) {
      return null;
    }
    MessageType type = MessageType.fromWire(text.trim());
    if (!allowed.test(type)) {
      params.problem("type", WireErrors.NOT_ALLOWED);
      return null;
    }
    return type;
  }

  static Transport transport(Params params) {
    String text = params.text("transport");
    if (text == null) {
      return null;
    }
    Transport transport = Transport.fromWire(text.trim());
    if (transport == Transport.UNKNOWN) {
      params.problem("transport", WireErrors.NOT_ALLOWED);
      return null;
    }
    return transport;
  }
}
