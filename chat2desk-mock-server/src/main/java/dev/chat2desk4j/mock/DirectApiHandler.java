package dev.chat2desk4j.mock;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the API's plain reads on the Jetty thread that parsed them, in front of Javalin: a
 * servlet request is always handed to a pool thread first, and under load that hand-off cost more
 * than the fake's own work. A plain read is a {@code GET} of a {@code /v1} path of letters, digits,
 * {@code -}, {@code _} and slashes, with no body, from a client that does not negotiate
 * compression, while no fault rule is set. Everything else goes on to Javalin on a pool thread as
 * before. Both ways run {@link HttpFront}'s routes and journal and write the same status, headers
 * and bytes.
 */
final class DirectApiHandler extends Handler.Wrapper {

  private static final byte[] NO_BODY = new byte[0];
  private static final HttpField CONTENT_TYPE =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, HttpFront.CONTENT_TYPE);

  private final HttpFront front;
  private final Faults faults;

  DirectApiHandler(HttpFront front, Faults faults, Handler next) {
    super(next);
    this.front = Objects.requireNonNull(front, "front");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public InvocationType getInvocationType() {
    // Jetty then calls handle() on the thread that parsed the request; nothing below blocks there.
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    ApiRequest plainRead = plainRead(request);
    if (plainRead == null) {
      request.getContext().execute(() -> handleOnPoolThread(request, response, callback));
      return true;
    }
    Reply reply = front.answerUnfaulted(front.now(), plainRead);
    response.setStatus(reply.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(CONTENT_TYPE);
    headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    if (reply.retryAfterSeconds() != null) {
      headers.put(HttpHeader.RETRY_AFTER, reply.retryAfterSeconds());
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
    return true;
  }

  private void handleOnPoolThread(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      }
    } catch (Throwable failure) {
      // What Jetty does when a handler throws on its own thread: its error handler answers.
      Response.writeError(request, response, callback, failure);
    }
  }

  /** The request as the routes see it when it is a plain read (see above), or null. */
  private ApiRequest plainRead(Request request) {
    HttpFields headers = request.getHeaders();
    String rawPath = request.getHttpURI().getPath();
    boolean plain =
        isPlainRead(
            request.getMethod(),
            rawPath,
            request.getLength(),
            headers.contains(HttpHeader.TRANSFER_ENCODING),
            headers.get(HttpHeader.ACCEPT_ENCODING),
            !faults.isEmpty());
    if (!plain) {
      return null;
    }
    return new ApiRequest(
        "GET",
        ApiRequest.normalizePath(rawPath),
        Objects.requireNonNullElse(request.getHttpURI().getQuery(), ""),
        headers.get(HttpHeader.CONTENT_TYPE),
        NO_BODY,
        headers.get(HttpHeader.AUTHORIZATION));
  }

  /**
   * Whether a request is a plain read (see above).
   *
   * @param contentLength the declared length, or -1 for none
   */
  static boolean isPlainRead(
      String method,
      String rawPath,
      long contentLength,
      boolean chunked,
      String acceptEncoding,
      boolean faultRulesSet) {
    boolean noBody = contentLength == 0 || (contentLength < 0 && !chunked);
    return "GET".equals(method)
        && !faultRulesSet
        && noBody
        && (acceptEncoding == null || acceptEncoding.isBlank())
        && isPlainApiPath(rawPath);
  }

  /**
   * {@code /v1}, then only letters, digits, {@code -}, {@code _} and slashes; no regex per request.
   */
  private static boolean isPlainApiPath(String rawPath) {
    if (rawPath == null
        || !rawPath.startsWith("/v1")
        || (rawPath.length() > 3 && rawPath.charAt(3) != '/')) {
      return false;
    }
    for (int i = 3; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '/'
              || c == '-'
              || c == '_';
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
