package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Operation;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import java.util.Map;

/** Answers built by hand, for the tests of what reads them: the decoder and the error mapping. */
final class CannedResponses {

  /**
   * The request every canned answer answers: the first page of {@code listClients}, carrying its
   * Feign method's metadata as every request Feign sends does.
   */
  static final Request LIST_CLIENTS =
      request(Operation.LIST_CLIENTS, "/v1/clients?limit=20&offset=0");

  /** The method key Feign hands to an error decoder for an answer to {@link #LIST_CLIENTS}. */
  static final String LIST_CLIENTS_KEY =
      FeignRoutes.route(Operation.LIST_CLIENTS).method().configKey();

  private CannedResponses() {}

  /** An answer with this status to {@link #LIST_CLIENTS}, without headers or body yet. */
  static Response.Builder answer(int status) {
    return Response.builder().status(status).request(LIST_CLIENTS).headers(Map.of());
  }

  /** A request of the operation to this path, as Feign builds it from the operation's method. */
  static Request request(Operation operation, String pathAndQuery) {
    RequestTemplate template =
        new RequestTemplate()
            .method(Request.HttpMethod.valueOf(FeignRoutes.route(operation).line().method()))
            .uri(pathAndQuery)
            .target("http://127.0.0.1:1")
            .resolve(Map.of());
    template.methodMetadata(FeignRoutes.route(operation).method());
    return template.request();
  }
}
