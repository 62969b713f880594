/**
 * Resilience for any {@link dev.chat2desk4j.api.Chat2Desk}: retries that never repeat a message the
 * API may have accepted, a circuit breaker, a client-side rate limiter and a bulkhead per account,
 * an overall deadline per call, and Micrometer metrics, all built on Resilience4j. The entry point
 * is {@link dev.chat2desk4j.resilience.ResilientChat2Desk#wrap(dev.chat2desk4j.api.Chat2Desk)}; the
 * defaults live in {@link dev.chat2desk4j.resilience.ResilienceDefaults}. {@link
 * dev.chat2desk4j.resilience.AccountRateLimiter} lets a limiter shared by every instance of an
 * application take the per-process rate limiter's place.
 *
 * <p>Every parameter and return value is non-null unless its Javadoc says "or null". Built clients
 * and the default configurations are immutable and thread-safe; builders are not.
 */
package dev.chat2desk4j.resilience;
