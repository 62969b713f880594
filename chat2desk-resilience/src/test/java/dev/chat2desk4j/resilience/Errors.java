package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.ErrorResponse;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The API's failures as a transport would report them, for scripting test delegates. */
final class Errors {

  private Errors() {}

  static RequestLine line(Operation operation) {
    return operation == Operation.SEND_MESSAGE
        ? new RequestLine(operation, "POST", "/v1/messages")
        : new RequestLine(operation, "GET", "/v1/" + operation.methodName());
  }

  static Chat2DeskException status(Operation operation, int status, String message) {
    return Chat2DeskException.fromResponse(line(operation), ErrorResponse.of(status, message));
  }

  static Chat2DeskException server(Operation operation) {
    return status(operation, 503, "Service unavailable");
  }

  static Chat2DeskException rateLimited(Operation operation, Duration retryAfter) {
    return Chat2DeskException.fromResponse(
        line(operation),
        new ErrorResponse(429, "Number of API requests exceeded", Map.of(), retryAfter, null));
  }

  static Chat2DeskException notFound(Operation operation) {
    return status(operation, 404, "Page not found");
  }

  static Chat2DeskException unauthorized(Operation operation) {
    return status(operation, 401, "You need to auth");
  }

  static Chat2DeskException invalid(Operation operation) {
    return Chat2DeskException.fromResponse(
        line(operation),
        new ErrorResponse(422, "Validation failed", Map.of("text", List.of("blank")), null, null));
  }

  /** The account's state refuses the call: here the phone of a client that already exists. */
  static Chat2DeskException conflict(Operation operation) {
    return Chat2DeskException.fromResponse(
        line(operation),
        new ErrorResponse(
            400,
            "Client already exist",
            Map.of("client", List.of("Client already exist", "{\"id\":123}")),
            null,
            null));
  }

  static Chat2DeskException quota(Operation operation) {
    return status(operation, 403, "API calls exceeded API limit per month");
  }

  /** A connection that was never established: the API cannot have seen the request. */
  static TransportException refused(Operation operation) {
    return new TransportException(line(operation), false, new ConnectException("refused"));
  }

  /** A read timeout after the request was sent: the API may have processed it. */
  static TransportException readTimeout(Operation operation) {
    return new TransportException(line(operation), true, new SocketTimeoutException("read"));
  }

  /** An answer that came but cannot be understood. */
  static InvalidResponseException unreadable(Operation operation) {
    return Chat2DeskException.invalidResponse(line(operation), 200, "the body is not JSON", "<");
  }

  static TransportException dropped(Operation operation) {
    return new TransportException(line(operation), true, new IOException("closed"));
  }
}
