package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The request lines the HTTP client sends for each operation (see wire-format.md), with the query
 * parameters in the HTTP client's order, so that the in-memory fake's exceptions read the same.
 */
final class WirePaths {

  private WirePaths() {}

  static RequestLine send() {
    return new RequestLine(Operation.SEND_MESSAGE, "POST", "/v1/messages");
  }

  static RequestLine of(ListMessages request) {
    String query =
        page(request.limit(), request.offset())
            + "&client_id="
            + request.clientId()
            + "&order="
            + request.order().wireValue();
    return new RequestLine(Operation.LIST_MESSAGES, "GET", "/v1/messages?" + query);
  }

  static RequestLine of(ListClients request) {
    StringBuilder query = new StringBuilder(page(request.limit(), request.offset()));
    if (request.phone() != null) {
      // Percent-encoded as Feign encodes a query value: a space is %20, never +.
      String phone = URLEncoder.encode(request.phone(), StandardCharsets.UTF_8).replace("+", "%20");
      query.append("&phone=").append(phone);
    }
    return new RequestLine(Operation.LIST_CLIENTS, "GET", "/v1/clients?" + query);
  }

  static RequestLine of(ListTransfers request) {
    StringBuilder query = new StringBuilder(page(request.limit(), request.offset()));
    if (request.dialogId() != null) {
      query.append("&dialog_id=").append(request.dialogId());
    }
    if (request.operatorId() != null) {
      query.append("&operator_id=").append(request.operatorId());
    }
    return new RequestLine(Operation.LIST_TRANSFERS, "GET", "/v1/transfers?" + query);
  }

  static RequestLine of(GetClient request) {
    return new RequestLine(Operation.GET_CLIENT, "GET", "/v1/clients/" + request.id());
  }

  private static String page(int limit, int offset) {
    return "limit=" + limit + "&offset=" + offset;
  }
}
