package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import feign.Request;
import feign.Response;
import java.net.URI;

/**
 * The request line (method, path and query) that exceptions report, from what Feign hands over: the
 * request it sent, and the operation its method metadata names (see {@link FeignRoutes}).
 */
final class RequestLines {

  private RequestLines() {}

  /**
   * The line of a request of a known operation; without a request (the call failed before Feign
   * built one), the method and path template of the operation's Feign method.
   */
  static RequestLine of(Operation operation, Request request) {
    if (request == null) {
      return FeignRoutes.route(operation).line();
    }
    return new RequestLine(operation, request.httpMethod().name(), pathAndQuery(request.url()));
  }

  /** The line of the request an answer answers, its operation named by Feign's method metadata. */
  static RequestLine of(Response response) {
    return of(FeignRoutes.operation(response.request()), response.request());
  }

  /** The line of the request an answer answers, for an error decoder given Feign's method key. */
  static RequestLine of(String methodKey, Response response) {
    return of(FeignRoutes.operation(methodKey), response.request());
  }

  static String pathAndQuery(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      int start = url.indexOf("://");
      int slash = start < 0 ? -1 : url.indexOf('/', start + 3);
      return slash < 0 ? url : url.substring(slash);
    }
  }
}
