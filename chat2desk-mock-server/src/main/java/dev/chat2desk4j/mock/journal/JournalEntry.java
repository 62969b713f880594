package dev.chat2desk4j.mock.journal;

import dev.chat2desk4j.api.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request the fake received on its API paths, as the journal keeps it: its parameters as the
 * fake parsed them (query, form and JSON body merged, the body winning), and the start of its raw
 * body. The {@code Authorization} header is never kept; the account is named by its {@linkplain
 * dev.chat2desk4j.mock.state.MockAccount#label() label}. Of a body only the first {@value
 * #BODY_LIMIT_BYTES} bytes are kept: {@code bodyTruncated} marks the cut and {@code bodySize} tells
 * what arrived.
 *
 * @param at when the request arrived, by the server's clock
 * @param operation the operation of the route the request matched, or null for a path that has none
 *     (an unknown path, or a route of the wire that no operation covers yet)
 * @param method the HTTP method, such as {@code POST}
 * @param path the path with repeated and trailing slashes removed, such as {@code /v1/messages}
 * @param query the raw query string, or an empty string
 * @param params the parameters by name, JSON objects and arrays as their JSON text; empty when the
 *     body could not be parsed
 * @param body the request body as UTF-8 text, or its start when {@code bodyTruncated}, or an empty
 *     string
 * @param status the status answered, or 0 when the connection was closed without an answer
 * @param bodySize the size of the body the server read, in bytes
 * @param bodyTruncated whether {@code body} is only the start of what arrived
 * @param account the label of the account the token named, or null when it named none
 */
public record JournalEntry(
    Instant at,
    Operation operation,
    String method,
    String path,
    String query,
    Map<String, String> params,
    String body,
    int status,
    int bodySize,
    boolean bodyTruncated,
    String account) {

  /** How many bytes of a request body the journal keeps; the rest is cut off and marked. */
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  /** Checks that no required part is null and the size is not negative; copies the parameters. */
  public JournalEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Objects.requireNonNull(body, "body");
    if (bodySize < 0) {
      throw new IllegalArgumentException("bodySize must not be negative but was " + bodySize);
    }
  }

  /**
   * An entry that keeps its whole body, with no operation, parameters or account, such as a test
   * builds.
   */
  public JournalEntry(
      Instant at, String method, String path, String query, String body, int status) {
    this(
        at,
        null,
        method,
        path,
        query,
        Map.of(),
        body,
        status,
        body.getBytes(StandardCharsets.UTF_8).length,
        false,
        null);
  }

  /**
   * The entry for a request as received: a body over {@link #BODY_LIMIT_BYTES} is cut there, at the
   * start of a UTF-8 character, and marked.
   *
   * @param request the request's line, parameters and account; see the record's components
   * @param body the body as read
   * @param status the status answered, or 0
   */
  public static JournalEntry received(Instant at, Received request, byte[] body, int status) {
    int end = Math.min(body.length, BODY_LIMIT_BYTES);
    while (end < body.length && end > 0 && (body[end] & 0xC0) == 0x80) {
      end--; // a continuation byte: the character started earlier
    }
    return new JournalEntry(
        at,
        request.operation(),
        request.method(),
        request.path(),
        request.query(),
        request.params(),
        new String(body, 0, end, StandardCharsets.UTF_8),
        status,
        body.length,
        end < body.length,
        request.account());
  }

  /**
   * What the fake knew of a request when it journals it.
   *
   * @param operation the operation of the matched route, or null
   * @param method the HTTP method
   * @param path the path
   * @param query the raw query string, or an empty string
   * @param params the parsed parameters
   * @param account the account's label, or null
   */
  public record Received(
      Operation operation,
      String method,
      String path,
      String query,
      Map<String, String> params,
      String account) {}

  /** The bytes this entry costs the journal: its kept body, query, path and parameters. */
  long cost() {
    long total = (bodyTruncated ? BODY_LIMIT_BYTES : bodySize) + query.length() + path.length();
    for (Map.Entry<String, String> param : params.entrySet()) {
      total += param.getKey().length() + param.getValue().length();
    }
    return total;
  }
}
