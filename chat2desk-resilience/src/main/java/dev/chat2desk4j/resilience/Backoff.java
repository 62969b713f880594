package dev.chat2desk4j.resilience;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": the n-th wait is drawn from the upper half of {@code
 * min(max, initial * multiplier^(n-1))}, so waits never collapse to zero and concurrent callers
 * spread out.
 *
 * <p>Kept by hand because the jitter must be injectable: Resilience4j's randomized backoff ({@code
 * IntervalFunction.ofExponentialRandomBackoff}) draws from {@code Math.random()}, so no test could
 * pin a wait, and {@code DecorationOrderTest} and the retry tests assert exact waits.
 */
record Backoff(Duration initial, double multiplier, Duration max, DoubleSupplier jitter)
    implements IntervalBiFunction<Object> {

  Backoff {
    if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1.0) {
      throw new IllegalArgumentException(
          "backoff needs 0 <= initial <= max and multiplier >= 1 but was "
              + initial
              + ", "
              + max
              + ", "
              + multiplier);
    }
  }

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    return millis(attempt);
  }

  /** The wait in milliseconds after the given failed attempt, counted from 1. */
  long millis(int attempt) {
    double grown = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
    double base = Math.min(max.toMillis(), grown);
    double random = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
    return Math.round(base / 2 + base / 2 * random);
  }
}
