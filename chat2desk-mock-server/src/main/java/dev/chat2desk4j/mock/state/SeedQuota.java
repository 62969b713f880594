package dev.chat2desk4j.mock.state;

/**
 * The monthly API quota a {@link Seed} gives an account: how many calls it may make this month and
 * how many it has made already, so that a test can start near the limit.
 *
 * @param limit the calls the account may make a month; not negative
 * @param used the calls counted this month already; not negative
 */
public record SeedQuota(long limit, long used) {

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException for a negative number
   */
  public SeedQuota {
    if (limit < 0 || used < 0) {
      throw new IllegalArgumentException(
          "A quota's limit and used calls must not be negative but were " + limit + ", " + used);
    }
  }
}
