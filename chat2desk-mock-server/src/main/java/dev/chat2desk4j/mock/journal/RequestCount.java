package dev.chat2desk4j.mock.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * How many API requests one account sent within one second of the server's clock, and how many of
 * them the fake's per-account rate limit answered 429: what a team reads to see an application
 * spend more than its budget, offline.
 *
 * @param account the account's label, such as {@code account-1}; never the token
 * @param second the start of the second
 * @param requests the requests the account sent in that second (with a known token, to a route of
 *     the API), the limited ones included
 * @param limited those answered 429 {@code Number of API requests exceeded}
 */
public record RequestCount(String account, Instant second, int requests, int limited) {

  /** Checks that the counts fit together. */
  public RequestCount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(second, "second");
    if (limited < 0 || requests < limited) {
      throw new IllegalArgumentException(
          "need 0 <= limited <= requests but were " + limited + " and " + requests);
    }
  }

  /** The requests the fake let through. */
  public int admitted() {
    return requests - limited;
  }
}
