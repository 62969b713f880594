package dev.chat2desk4j.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guards of each account reached through {@code withToken}: a circuit breaker, rate limiter and
 * bulkhead per account, so one account's trouble never blocks or trips another. Accounts are keyed
 * by a SHA-256 digest of the token, never the token itself, and held in a cache of at most {@code
 * maxAccounts}, dropping the least recently viewed account when full.
 *
 * <p>The guards are created from the configurations of the client's own guards and kept out of the
 * Resilience4j registries, so that neither the registries nor their tagged meters grow with the
 * number of accounts. They are named {@code <name>@<first 8 hex digits of the digest>}: short, and
 * no help in recovering a token. With an {@link AccountRateLimiter}, each account's permits are
 * asked for once, when its guards are created, and kept with them.
 */
final class AccountGuards {

  private final String name;
  private final CircuitBreakerConfig breaker;
  private final RateLimiterConfig limiter;
  private final BulkheadConfig bulkhead;
  private final AccountRateLimiter shared;
  private final Map<String, Guards> accounts;

  /**
   * @param shared the account-wide limiter whose permits take the place of each account's rate
   *     limiter, or null to keep per-process limiters
   */
  AccountGuards(
      String name,
      int maxAccounts,
      CircuitBreakerConfig breaker,
      RateLimiterConfig limiter,
      BulkheadConfig bulkhead,
      AccountRateLimiter shared) {
    this.name = name;
    this.breaker = breaker;
    this.limiter = limiter;
    this.bulkhead = bulkhead;
    this.shared = shared;
    this.accounts =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Guards> eldest) {
            return size() > maxAccounts;
          }
        };
  }

  /**
   * The guards of the account with this token, created on first use; views of one account share
   * them while it stays in the cache.
   */
  Guards of(String token) {
    String key = digest(token);
    synchronized (accounts) {
      return accounts.computeIfAbsent(key, k -> create(k, token));
    }
  }

  /** How many accounts have guards now. */
  int size() {
    synchronized (accounts) {
      return accounts.size();
    }
  }

  /** The short id an account's guards are named by. */
  static String shortId(String token) {
    return digest(token).substring(0, 8);
  }

  private Guards create(String key, String token) {
    String guardName = name + "@" + key.substring(0, 8);
    return new Guards(
        RateLimiter.of(guardName, limiter),
        Bulkhead.of(guardName, bulkhead),
        CircuitBreaker.of(guardName, breaker),
        shared == null ? null : SharedLimit.of(shared, limiter.getTimeoutDuration(), token));
  }

  private static String digest(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
