package dev.chat2desk4j.api;

/**
 * The account has used its monthly API quota. Retrying will not help until the quota renews or the
 * plan changes.
 */
public final class QuotaExceededException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  QuotaExceededException(RequestLine request, ErrorResponse response) {
    super(
        request,
        response,
        "The account's monthly API quota is used up; retrying will not help until it renews.");
  }
}
