package dev.chat2desk4j.api;

/**
 * The API refused the token (401), or the account's API level does not allow the call (403).
 * Retrying will not help; check the token and the account's plan.
 */
public final class AuthenticationException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  AuthenticationException(RequestLine request, ErrorResponse response) {
    super(request, response, "Check the API token and that the account's API level allows it.");
  }
}
