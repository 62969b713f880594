package dev.chat2desk4j.feign.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the hostile server read it off the socket.
 *
 * @param method the HTTP method
 * @param target the request target: path and query
 * @param headers the headers, names in lower case
 * @param body the body, empty when there was none
 */
public record ReceivedRequest(
    String method, String target, Map<String, String> headers, byte[] body) {

  /** The header's value, or null; the name is matched ignoring case. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
