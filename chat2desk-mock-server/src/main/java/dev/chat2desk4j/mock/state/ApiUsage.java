package dev.chat2desk4j.mock.state;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * How many API calls one account made this month, by the fake's clock (UTC), and the monthly limit
 * it may have. The fakes ask {@link #admit()} once per call that reaches the account, before the
 * route runs; once the count reaches the limit, every call is refused with the API's quota error
 * until the month turns. Refused calls are not counted. Thread-safe.
 */
public final class ApiUsage {

  private final Clock clock;
  private YearMonth month;
  private long count;
  private Long limit;

  ApiUsage(Clock clock) {
    this.clock = clock;
    clear();
  }

  synchronized void clear() {
    month = currentMonth();
    count = 0;
    limit = null;
  }

  /**
   * Counts one call, unless the month's quota is spent.
   *
   * @return false when the account has reached its limit: the call must be refused
   */
  public synchronized boolean admit() {
    turnMonth();
    if (limit != null && count >= limit) {
      return false;
    }
    count++;
    return true;
  }

  /** The calls counted this month. */
  public synchronized long requestsThisMonth() {
    turnMonth();
    return count;
  }

  /** The monthly limit, or empty when the account has none. */
  public synchronized OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /**
   * Sets the monthly limit and the calls counted this month, such as a test near its quota; a reset
   * of the account brings back what its seeds say.
   *
   * @param limit the calls the account may make a month, or null for no limit
   * @param used the calls counted this month already
   * @throws IllegalArgumentException for a negative number
   */
  public synchronized void set(Long limit, long used) {
    if ((limit != null && limit < 0) || used < 0) {
      throw new IllegalArgumentException("A quota's limit and used calls must not be negative");
    }
    this.month = currentMonth();
    this.limit = limit;
    this.count = used;
  }

  private void turnMonth() {
    YearMonth now = currentMonth();
    if (!now.equals(month)) {
      month = now;
      count = 0;
    }
  }

  private YearMonth currentMonth() {
    return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
  }
}
