package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.MessageFilter;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.WireErrors;

/** {@code /v1/messages}: send, list, read one, and transfer a message's dialog. */
final class MessageRoutes {

  private MessageRoutes() {}

  static Reply send(MockAccount account, Params params) {
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
    SendMessage request = new SendMessage(clientId, text, type, transport, channelId, operatorId);
    Message stored = account.storeSentMessage(request);
    return new Reply(200, Json.success(stored, Json::sent), null, stored);
  }

  static byte[] list(MockAccount account, Params params) {
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
    if (clientId == null) {
      return Json.page(
          account.listAllMessages(page.limit(), page.offset(), order, filter), Json::message);
    }
    ListMessages request = new ListMessages(clientId, page.limit(), page.offset(), order);
    return Json.page(account.listMessages(request, filter), Json::message);
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

  static byte[] get(MockAccount account, long id) {
    return Json.success(account.message(id).orElseThrow(WireErrors::pageNotFound), Json::message);
  }

  static byte[] transfer(MockAccount account, long messageId, Params params) {
    Long operatorId = params.requiredId("operator_id");
    params.bool("force_assign");
    params.validate();
    if (account.message(messageId).isEmpty()) {
      throw WireErrors.pageNotFound();
    }
    return Json.success(account.transferMessageDialog(messageId, operatorId), Json::transfer);
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
