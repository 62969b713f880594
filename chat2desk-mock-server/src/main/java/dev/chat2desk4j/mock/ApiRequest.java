package dev.chat2desk4j.mock;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A request as the routes see it: normalized path, raw query, body bytes, and the two headers that
 * matter. Never printed, because it carries the token.
 */
record ApiRequest(
    String method,
    String path,
    String query,
    String contentType,
    byte[] body,
    String authorization) {

  private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  /** Collapses repeated slashes and drops a trailing one, as the real API's router tolerates. */
  static String normalizePath(String rawPath) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    if (path.contains("//")) {
      path = REPEATED_SLASHES.matcher(path).replaceAll("/");
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.startsWith("/") ? path : "/" + path;
  }
}
