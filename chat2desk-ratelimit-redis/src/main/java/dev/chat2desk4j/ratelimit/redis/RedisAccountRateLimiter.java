package dev.chat2desk4j.ratelimit.redis;

import dev.chat2desk4j.resilience.AccountRateLimiter;
import dev.chat2desk4j.resilience.ResilienceDefaults;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link AccountRateLimiter} whose buckets live in Redis, so that every instance of an
 * application spends one budget per Chat2Desk account: Bucket4j's token buckets over Lettuce, one
 * per account, under a key derived from the token with HMAC-SHA256 and a secret all instances share
 * (Redis never sees a token). Plug it into the resilient client:
 *
 * <pre>{@code
 * RedisAccountRateLimiter limiter = RedisAccountRateLimiter.builder()
 *     .redis("redis://redis.internal:6379")
 *     .secret(System.getenv("CHAT2DESK_LIMIT_SECRET"))
 *     .defaultLimit(AccountLimit.of(5, 5))
 *     .expectedInstances(10)
 *     .build();
 * Chat2Desk chat2desk = ResilientChat2Desk.wrap(feign).accountRateLimiter(limiter, token).build();
 * }</pre>
 *
 * <p>Every call to Redis ends within the {@linkplain Builder#storeTimeout(Duration) store timeout}.
 * When one fails or is late, the limiter turns degraded: it logs a warning once, sets the {@code
 * chat2desk.ratelimit.degraded} gauge to 1, and gives permits from a bucket per account in this
 * process ({@link FallbackMode#LOCAL}, at the account's rate divided by the {@linkplain
 * Builder#expectedInstances(int) expected number of instances}) or refuses calls ({@link
 * FallbackMode#REFUSE}); it asks Redis again once per {@linkplain Builder#probeInterval(Duration)
 * probe interval} and returns to the shared buckets, logging it once, when Redis answers.
 *
 * <p>Thread-safe. Close it to release its Redis connection and threads.
 */
public final class RedisAccountRateLimiter implements AccountRateLimiter, AutoCloseable {

  /** The limiter's name unless told otherwise. */
  public static final String DEFAULT_NAME = "chat2desk-redis";

  /**
   * The budget of an account without its own: {@link
   * ResilienceDefaults#DEFAULT_REQUESTS_PER_SECOND} a second with a burst of as many, as the
   * per-process limiter allows.
   */
  public static final AccountLimit DEFAULT_LIMIT =
      AccountLimit.of(
          ResilienceDefaults.DEFAULT_REQUESTS_PER_SECOND,
          ResilienceDefaults.DEFAULT_REQUESTS_PER_SECOND);

  /** How long one call to Redis may take before the limiter turns degraded. */
  public static final Duration DEFAULT_STORE_TIMEOUT = Duration.ofMillis(50);

  /**
   * How long making the connection may take: a first connection loads Lettuce and Netty, which
   * takes longer than a command.
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** How often a degraded limiter asks Redis again. */
  public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(1);

  /** The shortest secret taken, in bytes. */
  public static final int MIN_SECRET_BYTES = 16;

  private final String name;
  private final AccountKeys keys;
  private final AccountLimit defaultLimit;
  private final Map<String, AccountLimit> limits;
  private final FallbackMode fallbackMode;
  private final int expectedInstances;
  private final AccountLimit fallbackLimit;
  private final RedisStore store;
  private final StoreHealth health;
  private final LimiterMetrics metrics;

  private RedisAccountRateLimiter(Builder b) {
    this.name = b.name;
    this.keys = new AccountKeys(b.secret);
    this.defaultLimit = b.defaultLimit;
    this.limits = new LinkedHashMap<>();
    b.limits.forEach((token, limit) -> limits.put(keys.key(token), limit));
    this.fallbackMode = b.fallbackMode;
    this.expectedInstances = b.expectedInstances;
    this.fallbackLimit = b.fallbackLimit;
    this.health =
        new StoreHealth(
            name,
            b.probeInterval.toNanos(),
            fallbackMode == FallbackMode.REFUSE
                ? "refusing calls"
                : fallbackLimit != null
                    ? "each account takes permits in this process at " + describe(fallbackLimit)
                    : "each account takes permits in this process at its limit divided among "
                        + expectedInstances
                        + " instances");
    this.metrics = new LimiterMetrics(b.meterRegistry, name, health);
    this.store =
        RedisStore.open(
            RedisURI.builder(b.redis).withTimeout(b.connectTimeout).build(),
            b.storeTimeout,
            b.connectTimeout);
    RuntimeException startFailure = store.startFailure();
    if (startFailure != null) {
      health.failed(startFailure);
    }
  }

  /** A builder; {@link Builder#redis(String)} and {@link Builder#secret(String)} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The permits of the account with this token: its bucket in Redis, under a key derived from the
   * token, with the account's limit; and its fallback bucket in this process. The token itself is
   * not kept.
   */
  @Override
  public Permits account(String token) {
    Objects.requireNonNull(token, "token");
    String key = keys.key(token);
    AccountLimit limit = limits.getOrDefault(key, defaultLimit);
    Bucket fallback = null;
    if (fallbackMode == FallbackMode.LOCAL) {
      AccountLimit local =
          fallbackLimit != null ? fallbackLimit : limit.dividedAmong(expectedInstances);
      fallback = Bucket.builder().addLimit(local.bandwidth()).withNanosecondPrecision().build();
    }
    BucketConfiguration shared = BucketConfiguration.builder().addLimit(limit.bandwidth()).build();
    return new AccountBucket(key, shared, fallback, store, health, metrics);
  }

  /** Whether Redis is not answering and the fallback applies. */
  public boolean isDegraded() {
    return health.degraded();
  }

  /**
   * Closes the Redis connection and releases Lettuce's threads; permits then come from the
   * fallback.
   */
  @Override
  public void close() {
    store.close();
  }

  /** Names the limiter, its limits and fallback; never the secret or a token. */
  @Override
  public String toString() {
    return "RedisAccountRateLimiter[name="
        + name
        + ", default="
        + describe(defaultLimit)
        + ", accounts with their own limit="
        + limits.size()
        + ", fallback="
        + fallbackMode
        + (isDegraded() ? ", degraded" : "")
        + "]";
  }

  private static String describe(AccountLimit limit) {
    return limit.ratePerSecond() + "/s, burst " + limit.burst();
  }

  /**
   * Configures a {@link RedisAccountRateLimiter}; every instance of an application must be given
   * the same secret and limits. {@link #build()} connects to Redis (see {@link
   * #connectTimeout(Duration)}) and returns a new limiter every call.
   */
  public static final class Builder {

    private String name = DEFAULT_NAME;
    private RedisURI redis;
    private byte[] secret;
    private AccountLimit defaultLimit = DEFAULT_LIMIT;
    private final Map<String, AccountLimit> limits = new LinkedHashMap<>();
    private Duration storeTimeout = DEFAULT_STORE_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration probeInterval = DEFAULT_PROBE_INTERVAL;
    private FallbackMode fallbackMode = FallbackMode.LOCAL;
    private int expectedInstances = 1;
    private AccountLimit fallbackLimit;
    private MeterRegistry meterRegistry;

    private Builder() {}

    /** The name in meters and refusals; default {@link #DEFAULT_NAME}. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * The Redis server, such as {@code redis://redis.internal:6379/0} (Lettuce's URI syntax: {@code
     * rediss://} for TLS, a password, {@code redis-sentinel://}); a cluster is not supported.
     * Required.
     */
    public Builder redis(String uri) {
      Objects.requireNonNull(uri, "uri");
      try {
        return redis(RedisURI.create(uri));
      } catch (IllegalArgumentException e) {
        // Lettuce's message may quote the URI, password and all.
        throw new IllegalArgumentException("redis must be a Redis URI such as redis://host:6379");
      }
    }

    /** The Redis server as Lettuce's {@link RedisURI}; its timeout is replaced, not changed. */
    public Builder redis(RedisURI uri) {
      this.redis = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * The secret the account keys are derived with (HMAC-SHA256 of the token), as UTF-8; the same
     * for every instance of the application. Required, at least {@value #MIN_SECRET_BYTES} bytes.
     */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret");
      return secret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #secret(String)} as bytes; copied. */
    public Builder secret(byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < MIN_SECRET_BYTES) {
        throw new IllegalArgumentException(
            "secret must be at least " + MIN_SECRET_BYTES + " bytes but was " + secret.length);
      }
      this.secret = secret.clone();
      return this;
    }

    /** The budget of every account without one of its own; default {@link #DEFAULT_LIMIT}. */
    public Builder defaultLimit(AccountLimit limit) {
      this.defaultLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /** The budget of the account with this token; only its derived key is kept once built. */
    public Builder limit(String token, AccountLimit limit) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      limits.put(token, Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /**
     * How long one call to Redis may take; a later answer counts as none and turns the limiter
     * degraded. Default {@link #DEFAULT_STORE_TIMEOUT}. It is the one wait not cut to a call's
     * deadline: a call may end up to this long after it.
     */
    public Builder storeTimeout(Duration timeout) {
      this.storeTimeout = positive(timeout, "storeTimeout");
      return this;
    }

    /**
     * How long making the connection may take; default {@link #DEFAULT_CONNECT_TIMEOUT}. {@link
     * #build()} waits this long at most; when Redis is not reachable then, the limiter starts
     * degraded and connects later.
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How often a degraded limiter asks Redis again; default {@link #DEFAULT_PROBE_INTERVAL}. */
    public Builder probeInterval(Duration interval) {
      this.probeInterval = positive(interval, "probeInterval");
      return this;
    }

    /** What to do while Redis does not answer; default {@link FallbackMode#LOCAL}. */
    public Builder fallback(FallbackMode mode) {
      this.fallbackMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * How many instances of the application run at once, to split each account's budget among for
     * the {@link FallbackMode#LOCAL} fallback: each instance then allows the account its rate and
     * burst divided by this. Default 1, which lets every instance spend the whole budget alone, so
     * set it.
     */
    public Builder expectedInstances(int instances) {
      if (instances < 1) {
        throw new IllegalArgumentException(
            "expectedInstances must be positive but was " + instances);
      }
      this.expectedInstances = instances;
      return this;
    }

    /**
     * The {@link FallbackMode#LOCAL} fallback's budget for every account, in this process, instead
     * of each account's limit divided by {@link #expectedInstances(int)}.
     */
    public Builder fallbackLimit(AccountLimit limit) {
      this.fallbackLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Records the limiter's meters here (see the module's README), tagged with its {@linkplain
     * #name(String) name}: two limiters in one registry need two names. Default none.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Connects to Redis and returns the limiter; when Redis cannot be reached within the connect
     * timeout, the limiter starts degraded.
     *
     * @throws IllegalStateException when the Redis URI or the secret is missing
     */
    public RedisAccountRateLimiter build() {
      if (redis == null) {
        throw new IllegalStateException("Name the Redis server with redis(...)");
      }
      if (secret == null) {
        throw new IllegalStateException("Give the secret shared by all instances with secret(...)");
      }
      return new RedisAccountRateLimiter(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + duration);
      }
      return duration;
    }
  }
}
