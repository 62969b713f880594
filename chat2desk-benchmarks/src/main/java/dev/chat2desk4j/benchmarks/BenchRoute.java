package dev.chat2desk4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One API request that the server benchmarks repeat.
 *
 * @param name a short name for reports
 * @param method the HTTP method
 * @param target the path with its query, starting with {@code /v1}
 * @param body the JSON body, or null for none
 */
record BenchRoute(String name, String method, String target, String body) {

  static final BenchRoute LIST_CLIENTS =
      new BenchRoute("list clients", "GET", "/v1/clients?limit=20", null);

  static final BenchRoute LIST_MESSAGES =
      new BenchRoute("list messages", "GET", "/v1/messages?client_id=1&limit=20&order=desc", null);

  // Sends go to client 2 so that client 1's latest page, the list route's answer, never changes.
  static final BenchRoute SEND_MESSAGE =
      new BenchRoute(
          "send message",
          "POST",
          "/v1/messages",
          "{\"client_id\":2,\"text\":\"Your order ships tomorrow morning.\"}");

  static final List<BenchRoute> ALL = List.of(LIST_CLIENTS, LIST_MESSAGES, SEND_MESSAGE);

  /** The whole HTTP/1.1 request, ready to write on a keep-alive connection. */
  byte[] requestBytes(int port, String token) {
    StringBuilder head =
        new StringBuilder()
            .append(method)
            .append(' ')
            .append(target)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(port)
            .append("\r\nAuthorization: ")
            .append(token)
            .append("\r\nAccept: application/json\r\n");
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(payload.length)
          .append("\r\n");
    }
    byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + payload.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(payload, 0, request, headBytes.length, payload.length);
    return request;
  }
}
