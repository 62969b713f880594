package dev.chat2desk4j.mock.admin;

import dev.chat2desk4j.mock.http.WireError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

/**
 * Who may use the admin API. With an admin token set, every admin request must carry it in the
 * {@value #HEADER} header (401 otherwise). Every admin write (any method but {@code GET} and {@code
 * HEAD}) must carry {@code Content-Type: application/json} or the {@value #HEADER} header, with any
 * value when no token is set (415 otherwise): a web page can send neither cross-site without a CORS
 * preflight, which this server never grants, so a page open in a developer's browser cannot reset
 * or seed the fake. Never prints the token.
 */
public final class AdminGuard {

  /** The admin header: the admin token, or any value as a write's proof of not being a browser. */
  public static final String HEADER = "X-Chat2Desk-Admin";

  static final String TOKEN_REQUIRED =
      "The admin API needs the admin token in the " + HEADER + " header";

  static final String JSON_OR_HEADER_REQUIRED =
      "Admin writes need Content-Type: application/json or an " + HEADER + " header";

  private final byte[] token;

  /**
   * @param token the admin token, or null when the admin API needs none
   */
  AdminGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether every admin request must carry the admin token. */
  boolean requiresToken() {
    return token != null;
  }

  /**
   * The refusal of an admin request, or null when it may go on.
   *
   * @param method the HTTP method, upper case
   * @param contentType the {@code Content-Type} header, or null
   * @param header the {@value #HEADER} header, or null
   */
  WireError refusal(String method, String contentType, String header) {
    if (token != null
        && (header == null
            // constant time, so that answer times do not reveal how much of a guess was right
            || !MessageDigest.isEqual(token, header.getBytes(StandardCharsets.UTF_8)))) {
      return new WireError(401, TOKEN_REQUIRED, Map.of());
    }
    boolean write = !method.equals("GET") && !method.equals("HEAD");
    if (write && header == null && !isJson(contentType)) {
      return new WireError(415, JSON_OR_HEADER_REQUIRED, Map.of());
    }
    return null;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
  }

  @Override
  public String toString() {
    return "AdminGuard[" + (token == null ? "no token" : "token required") + "]";
  }
}
