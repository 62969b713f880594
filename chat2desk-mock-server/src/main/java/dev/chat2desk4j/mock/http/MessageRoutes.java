package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.MessageFilter;
import dev.chat2desk4j.mock.state.MessageQuery;

/** How the {@code /v1/messages} routes read their parameters. */
final class MessageRoutes {

  /** {@code GET /v1/messages/{id}/transfer}: move the message's dialog to an operator. */
  record TransferMessage(long messageId, long operatorId) {}

  private MessageRoutes() {}

  static SendMessage send(Params params) {
    Long clientId = params.requiredId("client_id");
    String text = params.text("text");
    if (text == null) {
      params.problemUnlessNamed("text", WireErrors.REQUIRED);
    } else if (text.isBlank()) {
      params.problem("text", WireErrors.BLANK);
    } else if (ApiLimits.textLength(text) > ApiLimits.MAX_TEXT_LENGTH) {
      params.problem("text", WireErrors.TEXT_TOO_LONG);
    }
    MessageType type = MessageType.TO_CLIENT;
    String typeText = params.text("type");
    if (typeText != null) {
      type = MessageType.fromWire(typeText);
      if (!type.isSendable()) {
        params.problem("type", WireErrors.NOT_ALLOWED);
      }
    }
    Transport transport = transport(params);
    Long channelId = params.id("channel_id");
    Long operatorId = params.id("operator_id");
    params.bool("open_dialog");
    params.text("attachment");
    params.text("pdf");
    params.validate();
    return new SendMessage(
        clientId, text, type, transport, channelId, operatorId, null, null, null);
  }

  static MessageQuery list(Params params) {
    Long clientId = params.id("client_id");
    PageParams page = PageParams.of(params);
    SortOrder order = SortOrder.ASC;
    String orderText = params.text("order");
    if (orderText != null) {
      order = SortOrder.fromWire(orderText.trim());
      if (order == null) {
        params.problem("order", WireErrors.NOT_ALLOWED);
      }
    }
    MessageFilter filter = filter(params);
    params.validate();
    return new MessageQuery(clientId, page.limit(), page.offset(), order, filter);
  }

  private static MessageFilter filter(Params params) {
    MessageType type = null;
    String typeText = params.text("type");
    if (typeText != null) {
      type = MessageType.fromWire(typeText.trim());
      if (type == MessageType.UNKNOWN) {
        params.problem("type", WireErrors.NOT_ALLOWED);
      }
    }
    return new MessageFilter(
        type,
        transport(params),
        params.id("channel_id"),
        params.id("dialog_id"),
        params.id("operator_id"),
        params.bool("read"),
        params.id("start_id"),
        params.instant("start_date", false),
        params.instant("finish_date", true));
  }

  static TransferMessage transfer(Params params) {
    Long operatorId = params.requiredId("operator_id");
    params.bool("force_assign");
    params.validate();
    return new TransferMessage(params.pathId(), operatorId);
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
