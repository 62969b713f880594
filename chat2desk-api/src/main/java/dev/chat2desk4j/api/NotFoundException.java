package dev.chat2desk4j.api;

/** The API knows no such client, message, dialog or path in this account (404). */
public final class NotFoundException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  NotFoundException(RequestLine request, ErrorResponse response) {
    super(request, response, "Check the id: it does not exist in this account.");
  }
}
