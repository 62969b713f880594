package dev.chat2desk4j.mock.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the fake delivers webhooks. The defaults follow the real service where the wire doc says
 * (retries after 10 s, 5 min and 2 h; a hook disabled after 5 h without success) and are ours
 * otherwise.
 *
 * @param queueCapacity how many deliveries may wait at once; one more is dropped and counted
 * @param attemptTimeout how long one POST may take, connection and answer included
 * @param retryDelays the waits before each retry; the last repeats until {@code disableAfter}
 * @param disableAfter how long a hook may fail without a success before it is disabled
 * @param timeScale a factor on {@code retryDelays} and {@code disableAfter}, such as {@code 0.0001}
 *     in tests (not on {@code attemptTimeout})
 * @param allowExternalTargets whether URLs that resolve to no loopback address are delivered to
 * @param journalCapacity how many attempts the delivery journal keeps, the newest
 */
public record WebhookSettings(
    int queueCapacity,
    Duration attemptTimeout,
    List<Duration> retryDelays,
    Duration disableAfter,
    double timeScale,
    boolean allowExternalTargets,
    int journalCapacity) {

  /** The default queue capacity (ours). */
  public static final int DEFAULT_QUEUE_CAPACITY = 100_000;

  /** The default journal capacity (ours). */
  public static final int DEFAULT_JOURNAL_CAPACITY = 10_000;

  /** Checks every value. */
  public WebhookSettings {
    if (queueCapacity < 1) {
      throw new IllegalArgumentException(
          "queueCapacity must be at least 1 but was " + queueCapacity);
    }
    positive(attemptTimeout, "attemptTimeout");
    retryDelays = List.copyOf(retryDelays);
    if (retryDelays.isEmpty()) {
      throw new IllegalArgumentException("retryDelays must not be empty");
    }
    retryDelays.forEach(delay -> positive(delay, "retryDelays"));
    positive(disableAfter, "disableAfter");
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException(
          "timeScale must be a positive number but was " + timeScale);
    }
    if (journalCapacity < 1) {
      throw new IllegalArgumentException(
          "journalCapacity must be at least 1 but was " + journalCapacity);
    }
  }

  /** The defaults: 100 000 queued, 5 s per attempt, the real schedule, loopback only. */
  public static WebhookSettings defaults() {
    return new WebhookSettings(
        DEFAULT_QUEUE_CAPACITY,
        Duration.ofSeconds(5),
        List.of(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(2)),
        Duration.ofHours(5),
        1.0,
        false,
        DEFAULT_JOURNAL_CAPACITY);
  }

  /** These settings with another queue capacity. */
  public WebhookSettings withQueueCapacity(int capacity) {
    return new WebhookSettings(
        capacity,
        attemptTimeout,
        retryDelays,
        disableAfter,
        timeScale,
        allowExternalTargets,
        journalCapacity);
  }

  /** These settings with another per-attempt timeout. */
  public WebhookSettings withAttemptTimeout(Duration timeout) {
    return new WebhookSettings(
        queueCapacity,
        timeout,
        retryDelays,
        disableAfter,
        timeScale,
        allowExternalTargets,
        journalCapacity);
  }

  /** These settings with another retry schedule and disabling time (before the time scale). */
  public WebhookSettings withRetrySchedule(List<Duration> delays, Duration disableAfter) {
    return new WebhookSettings(
        queueCapacity,
        attemptTimeout,
        delays,
        disableAfter,
        timeScale,
        allowExternalTargets,
        journalCapacity);
  }

  /** These settings with the retry schedule and disabling time multiplied by a factor. */
  public WebhookSettings withTimeScale(double scale) {
    return new WebhookSettings(
        queueCapacity,
        attemptTimeout,
        retryDelays,
        disableAfter,
        scale,
        allowExternalTargets,
        journalCapacity);
  }

  /** These settings delivering to any host, or to loopback addresses only. */
  public WebhookSettings withExternalTargets(boolean allow) {
    return new WebhookSettings(
        queueCapacity,
        attemptTimeout,
        retryDelays,
        disableAfter,
        timeScale,
        allow,
        journalCapacity);
  }

  /** These settings with another delivery journal capacity. */
  public WebhookSettings withJournalCapacity(int capacity) {
    return new WebhookSettings(
        queueCapacity,
        attemptTimeout,
        retryDelays,
        disableAfter,
        timeScale,
        allowExternalTargets,
        capacity);
  }

  /** The wait before retry number {@code retry} (1 for the first), scaled. */
  Duration retryDelay(int retry) {
    return scaled(retryDelays.get(Math.min(retry, retryDelays.size()) - 1));
  }

  /** {@link #disableAfter()}, scaled. */
  Duration scaledDisableAfter() {
    return scaled(disableAfter);
  }

  private Duration scaled(Duration duration) {
    return Duration.ofNanos(Math.max(1, Math.round(duration.toNanos() * timeScale)));
  }

  private static void positive(Duration duration, String field) {
    Objects.requireNonNull(duration, field);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(field + " must be positive but was " + duration);
    }
  }
}
