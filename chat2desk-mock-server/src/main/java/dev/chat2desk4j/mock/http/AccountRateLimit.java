package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.mock.journal.RequestCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-account limit of the fake API: at most {@link #perSecond()} requests of one account in
 * one second of the server's clock, the next answered 429 {@code Number of API requests exceeded}
 * with {@code Retry-After: 1}, as the wire format has the real API limit accounts. It counts every
 * account's requests per second whether a limit is set or not, keeping the last {@value
 * #KEPT_SECONDS} seconds of each. Thread-safe. Not API: public for the server and the admin API.
 */
public final class AccountRateLimit {

  /** The seconds of counts kept per account, counted back from its latest request. */
  public static final int KEPT_SECONDS = 3_600;

  /** The highest limit that can be set. */
  public static final int MAX_PER_SECOND = 1_000_000;

  private final Map<String, TreeMap<Long, int[]>> accounts = new ConcurrentHashMap<>();
  private volatile int perSecond;

  /**
   * A limit of {@code perSecond} requests per account and second, 0 for none.
   *
   * @throws IllegalArgumentException when out of 0 to {@link #MAX_PER_SECOND}
   */
  public AccountRateLimit(int perSecond) {
    perSecond(perSecond);
  }

  /** The requests one account may send per second; 0 when the fake does not limit them. */
  public int perSecond() {
    return perSecond;
  }

  /**
   * Sets the limit for the requests from now on, 0 for none.
   *
   * @throws IllegalArgumentException when out of 0 to {@link #MAX_PER_SECOND}
   */
  public void perSecond(int perSecond) {
    this.perSecond = checked(perSecond);
  }

  /**
   * The limit, checked.
   *
   * @throws IllegalArgumentException when out of 0 to {@link #MAX_PER_SECOND}
   */
  public static int checked(int perSecond) {
    if (perSecond < 0 || perSecond > MAX_PER_SECOND) {
      throw new IllegalArgumentException(
          "perSecond must be from 0 (no limit) to " + MAX_PER_SECOND + " but was " + perSecond);
    }
    return perSecond;
  }

  /** Counts one request of the account; false when it is over the limit of its second. */
  boolean admit(String account, Instant at) {
    long second = at.getEpochSecond();
    TreeMap<Long, int[]> seconds = accounts.computeIfAbsent(account, a -> new TreeMap<>());
    synchronized (seconds) {
      int[] count = seconds.computeIfAbsent(second, s -> new int[2]);
      int admitted = count[0] - count[1];
      count[0]++;
      int limit = perSecond;
      if (limit > 0 && admitted >= limit) {
        count[1]++;
        return false;
      }
      seconds.headMap(seconds.lastKey() - KEPT_SECONDS, true).clear();
      return true;
    }
  }

  /** The counts of every account, by second and then account. */
  public List<RequestCount> counts() {
    List<RequestCount> counts = new ArrayList<>();
    accounts.forEach(
        (account, seconds) -> {
          synchronized (seconds) {
            seconds.forEach(
                (second, count) ->
                    counts.add(
                        new RequestCount(
                            account, Instant.ofEpochSecond(second), count[0], count[1])));
          }
        });
    counts.sort(Comparator.comparing(RequestCount::second).thenComparing(RequestCount::account));
    return counts;
  }

  /** Forgets every count; the limit stays. */
  public void clear() {
    accounts.clear();
  }
}
