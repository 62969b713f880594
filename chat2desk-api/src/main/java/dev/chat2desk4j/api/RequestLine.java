package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * Which operation was called and the HTTP method and path it used, as exceptions report it. The
 * path never carries the API token: the token travels in a header.
 *
 * @param operation the operation
 * @param method the HTTP method, such as {@code GET}
 * @param path the path with its query string, such as {@code /v1/clients?limit=20}
 */
public record RequestLine(Operation operation, String method, String path) {

  /** Checks that no part is null. */
  public RequestLine {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
