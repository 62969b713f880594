package dev.chat2desk4j.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The configurations {@link ResilientChat2Desk} uses when it is given none, as starting points for
 * your own: {@code RetryConfig.from(ResilienceDefaults.retryConfig()).maxAttempts(5).build()}.
 * Whatever retry and circuit breaker configuration is used, {@link ResilientChat2Desk} narrows it
 * so that unsafe sends are never retried and caller errors never trip the breaker.
 */
public final class ResilienceDefaults {

  /**
   * The longest a whole resilient call may take, attempts, backoff, {@code Retry-After} and waits
   * for a permit included: as long as one call of {@code FeignChat2Desk} may take by default, so
   * wrapping a client never makes a call wait longer than it could before.
   */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

  /**
   * How many accounts reached through {@code withToken} keep their own circuit breaker, rate
   * limiter and bulkhead at once; the least recently viewed account's guards are dropped beyond
   * that.
   */
  public static final int DEFAULT_MAX_ACCOUNTS = 1_000;

  /** How many times an operation is attempted in all, the first call included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** The wait before the first retry, before jitter. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);

  /** The factor by which each further wait grows. */
  public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;

  /** The longest wait between attempts computed by the backoff, before jitter. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);

  /**
   * The longest {@code Retry-After} that is waited out; a longer one fails the call at once rather
   * than hold a thread for that long.
   */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /** How many of the latest calls the circuit breaker judges. */
  public static final int DEFAULT_SLIDING_WINDOW_SIZE = 20;

  /** How many calls the circuit breaker needs before it may open. */
  public static final int DEFAULT_MINIMUM_NUMBER_OF_CALLS = 10;

  /** The percentage of failed calls that opens the circuit breaker. */
  public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50f;

  /** A call slower than this counts as slow for the circuit breaker. */
  public static final Duration DEFAULT_SLOW_CALL_DURATION = Duration.ofSeconds(5);

  /** The percentage of slow calls that opens the circuit breaker. */
  public static final float DEFAULT_SLOW_CALL_RATE_THRESHOLD = 50f;

  /** How long an open circuit breaker rejects calls before it lets trial calls through. */
  public static final Duration DEFAULT_WAIT_IN_OPEN_STATE = Duration.ofSeconds(30);

  /** How many trial calls a half-open circuit breaker lets through. */
  public static final int DEFAULT_PERMITTED_CALLS_IN_HALF_OPEN_STATE = 3;

  /** The client-side request rate: the wire format's default of 10 requests per second. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 10;

  /** How long a call may wait for a rate limiter permit before it is rejected. */
  public static final Duration DEFAULT_RATE_LIMIT_TIMEOUT = Duration.ofSeconds(5);

  /** How many calls may be in flight at once. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 20;

  /** How long a call waits for a bulkhead slot: not at all, a full bulkhead rejects at once. */
  public static final Duration DEFAULT_BULKHEAD_MAX_WAIT = Duration.ZERO;

  private ResilienceDefaults() {}

  /**
   * Retries up to {@link #DEFAULT_MAX_ATTEMPTS} attempts with exponential backoff from {@link
   * #DEFAULT_INITIAL_BACKOFF}, growing by {@link #DEFAULT_BACKOFF_MULTIPLIER}, capped at {@link
   * #DEFAULT_MAX_BACKOFF}, each wait drawn at random from its upper half.
   */
  public static RetryConfig retryConfig() {
    return retryConfig(() -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * The {@link #retryConfig()} with another source of jitter.
   *
   * @param jitter returns numbers from 0 (the shortest wait, half the backoff) to 1 (the whole
   *     backoff); values outside are clamped
   */
  public static RetryConfig retryConfig(DoubleSupplier jitter) {
    Objects.requireNonNull(jitter, "jitter");
    return RetryConfig.custom()
        .maxAttempts(DEFAULT_MAX_ATTEMPTS)
        .intervalBiFunction(
            new Backoff(
                DEFAULT_INITIAL_BACKOFF, DEFAULT_BACKOFF_MULTIPLIER, DEFAULT_MAX_BACKOFF, jitter))
        .build();
  }

  /**
   * A count-based circuit breaker over the last {@link #DEFAULT_SLIDING_WINDOW_SIZE} calls that
   * opens at {@link #DEFAULT_FAILURE_RATE_THRESHOLD} % failures or {@link
   * #DEFAULT_SLOW_CALL_RATE_THRESHOLD} % calls slower than {@link #DEFAULT_SLOW_CALL_DURATION},
   * once {@link #DEFAULT_MINIMUM_NUMBER_OF_CALLS} calls were seen, and stays open for {@link
   * #DEFAULT_WAIT_IN_OPEN_STATE}.
   */
  public static CircuitBreakerConfig circuitBreakerConfig() {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(DEFAULT_SLIDING_WINDOW_SIZE)
        .minimumNumberOfCalls(DEFAULT_MINIMUM_NUMBER_OF_CALLS)
        .failureRateThreshold(DEFAULT_FAILURE_RATE_THRESHOLD)
        .slowCallDurationThreshold(DEFAULT_SLOW_CALL_DURATION)
        .slowCallRateThreshold(DEFAULT_SLOW_CALL_RATE_THRESHOLD)
        .waitDurationInOpenState(DEFAULT_WAIT_IN_OPEN_STATE)
        .permittedNumberOfCallsInHalfOpenState(DEFAULT_PERMITTED_CALLS_IN_HALF_OPEN_STATE)
        .build();
  }

  /**
   * {@link #DEFAULT_REQUESTS_PER_SECOND} permits a second, waiting up to {@link
   * #DEFAULT_RATE_LIMIT_TIMEOUT} for one.
   */
  public static RateLimiterConfig rateLimiterConfig() {
    return RateLimiterConfig.custom()
        .limitForPeriod(DEFAULT_REQUESTS_PER_SECOND)
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(DEFAULT_RATE_LIMIT_TIMEOUT)
        .build();
  }

  /**
   * At most {@link #DEFAULT_MAX_CONCURRENT_CALLS} calls in flight, waiting {@link
   * #DEFAULT_BULKHEAD_MAX_WAIT} for a slot.
   */
  public static BulkheadConfig bulkheadConfig() {
    return BulkheadConfig.custom()
        .maxConcurrentCalls(DEFAULT_MAX_CONCURRENT_CALLS)
        .maxWaitDuration(DEFAULT_BULKHEAD_MAX_WAIT)
        .build();
  }
}
