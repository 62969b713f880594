package dev.chat2desk4j.mock.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed URI, headers too large) in the API's error envelope instead of an
 * HTML page, so that no answer of the fake breaks a client's error parsing.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final String JSON = "application/json;charset=utf-8";

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object attribute = request.getAttribute(ERROR_STATUS);
    int status = attribute instanceof Integer code ? code : response.getStatus();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, body(status), callback);
    return true;
  }

  private static ByteBuffer body(int status) {
    return ByteBuffer.wrap(WireErrors.forStatus(status).bytes());
  }
}
