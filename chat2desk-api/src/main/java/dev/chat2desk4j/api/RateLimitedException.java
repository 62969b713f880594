package dev.chat2desk4j.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The API refused the call because the account sent too many requests (429). The request was not
 * processed, so it is safe to repeat after {@link #retryAfter()}.
 */
public final class RateLimitedException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  RateLimitedException(RequestLine request, ErrorResponse response) {
    super(request, response, advice(response.retryAfter()));
    this.retryAfter = response.retryAfter();
  }

  /** How long the server asked the caller to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String advice(Duration retryAfter) {
    return retryAfter == null
        ? "Slow down and retry later."
        : "Slow down and retry after " + retryAfter.toMillis() + " ms.";
  }
}
