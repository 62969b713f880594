package dev.chat2desk4j.feign;

import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Answers built by hand, for the tests of what reads them: the decoder and the error mapping. */
final class CannedResponses {

  /** The request every canned answer answers: the first page of {@code listClients}. */
  static final Request LIST_CLIENTS =
      Request.create(
          Request.HttpMethod.GET,
          "http://127.0.0.1:1/v1/clients?limit=20&offset=0",
          Map.of(),
          null,
          StandardCharsets.UTF_8,
          null);

  private CannedResponses() {}

  /** An answer with this status to {@link #LIST_CLIENTS}, without headers or body yet. */
  static Response.Builder answer(int status) {
    return Response.builder().status(status).request(LIST_CLIENTS).headers(Map.of());
  }
}
