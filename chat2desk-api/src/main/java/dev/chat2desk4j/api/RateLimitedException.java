package dev.chat2desk4j.api;

import java.time.Duration;

/**
 * The API refused the call because the account sent too many requests (429). The request was not
 * processed, so it is safe to repeat after {@link #retryAfter()}.
 */
public final class RateLimitedException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  RateLimitedException(RequestLine request, ErrorResponse response) {
    super(request, response, advice(response.retryAfter()));
  }

  private static String advice(Duration retryAfter) {
    return retryAfter == null
        ? "Slow down and retry later."
        : "Slow down and retry after " + retryAfter.toMillis() + " ms.";
  }
}
