package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import feign.Request;
import feign.Response;
import java.net.URI;

/** Derives the operation and the request line (method, path and query) that exceptions report. */
final class RequestLines {

  private RequestLines() {}

  static RequestLine of(Operation operation, Request request) {
    if (request == null) {
      return fallback(operation);
    }
    return new RequestLine(operation, request.httpMethod().name(), pathAndQuery(request.url()));
  }

  /** The operation of an answer, from the Feign method that sent it, else from method and path. */
  static Operation operation(Response response) {
    Request request = response.request();
    if (request != null
        && request.requestTemplate() != null
        && request.requestTemplate().methodMetadata() != null) {
      String name = request.requestTemplate().methodMetadata().method().getName();
      for (Operation operation : Operation.values()) {
        if (operation.methodName().equals(name)) {
          return operation;
        }
      }
    }
    String path = request == null ? "" : pathAndQuery(request.url());
    if (request != null && request.httpMethod() == Request.HttpMethod.POST) {
      return Operation.SEND_MESSAGE;
    }
    if (path.contains("/clients")) {
      return Operation.LIST_CLIENTS;
    }
    return path.contains("/transfers") ? Operation.LIST_TRANSFERS : Operation.LIST_MESSAGES;
  }

  static RequestLine of(Response response) {
    return of(operation(response), response.request());
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

  private static RequestLine fallback(Operation operation) {
    return switch (operation) {
      case SEND_MESSAGE -> new RequestLine(operation, "POST", "/v1/messages");
      case LIST_MESSAGES -> new RequestLine(operation, "GET", "/v1/messages");
      case LIST_CLIENTS -> new RequestLine(operation, "GET", "/v1/clients");
      case LIST_TRANSFERS -> new RequestLine(operation, "GET", "/v1/transfers");
      case GET_CLIENT -> new RequestLine(operation, "GET", "/v1/clients/{id}");
    };
  }
}
