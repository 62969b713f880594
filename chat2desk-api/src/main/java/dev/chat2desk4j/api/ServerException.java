package dev.chat2desk4j.api;

/**
 * The API answered with a server error (5xx). A read may be retried; a send may already have been
 * processed, so repeating it may deliver the message twice.
 */
public final class ServerException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  ServerException(RequestLine request, ErrorResponse response) {
    super(request, response, "The server failed; retry only if the call is safe to repeat.");
  }
}
