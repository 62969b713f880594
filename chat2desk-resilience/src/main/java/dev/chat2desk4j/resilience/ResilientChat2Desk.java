package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.TransportException;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link Chat2Desk} that adds retries, a circuit breaker, a client-side rate limiter, a bulkhead,
 * an overall deadline and metrics to any other. It decorates {@link #execute(Chat2DeskRequest)},
 * the one method every operation goes through, so every operation, present and future, gets the
 * same decoration, in this order, outermost first:
 *
 * <pre>
 * execute(request) = Metrics( Deadline( Retry[op]( RateLimiter[account]( Bulkhead[account](
 *                        CircuitBreaker[account]( delegate.execute(request) ) ) ) ) ) )
 * </pre>
 *
 * <p>The layers are Resilience4j's own decorators ({@code Retry.decorateSupplier}, {@code
 * RateLimiter.decorateFunction}, {@code Bulkhead.decorateFunction}, {@code
 * CircuitBreaker.decorateFunction}): the guards' decoration is built once per client view, the
 * retry's once per call, {@code op} being the request's {@link Operation}. {@code
 * RateLimiter[account]} is a Resilience4j limiter in this process unless an {@link
 * AccountRateLimiter} shared by every instance of the application takes its place ({@link
 * Builder#accountRateLimiter(AccountRateLimiter, String)}), at the same position.
 *
 * <ul>
 *   <li>Metrics outermost: the {@code chat2desk.requests} timer records the call as the application
 *       saw it, retries and waits included, and every rejection.
 *   <li>The deadline around the retries: the whole call, every attempt and every wait, ends within
 *       {@link Builder#deadline(Duration)} (default {@link ResilienceDefaults#DEFAULT_DEADLINE}).
 *   <li>Retry outside the guards: each attempt takes its own rate limiter permit, bulkhead slot and
 *       breaker verdict, because each attempt is a request the API counts. Retries therefore
 *       compete with new calls for permits, which damps retry storms; a thread waiting for its next
 *       attempt holds no bulkhead slot; and an opening breaker ends a retry at once, because
 *       rejections are never retried.
 *   <li>Circuit breaker innermost: it times only the call to the API, so waiting for a permit or a
 *       slot never counts as a slow call. The price is that a call refused by an open breaker has
 *       used a rate limiter permit.
 * </ul>
 *
 * <p>Retries follow each operation's {@link Operation#safety()}. Safe operations (reads) and
 * idempotent ones retry transport failures, server errors, answers that cannot be understood and
 * 429s. Unsafe ones ({@code sendMessage}, creates) retry only failures that prove the API did not
 * take them: a connection never established, or a 429; a read timeout, a 5xx or an unreadable
 * answer after the request went out is never retried, so a customer never gets a message twice.
 * Caller errors are never retried. A {@code Retry-After} is waited out exactly; other waits back
 * off exponentially with jitter. Whatever {@link RetryConfig} is given is narrowed by these rules,
 * and the breaker configuration is narrowed to count only server and transport failures, unreadable
 * answers and slow calls. Refusals by the breaker, the rate limiter or the bulkhead surface as
 * {@link CallRejectedException}. A delegate may repeat requests on its own within one attempt:
 * {@code FeignChat2Desk} over the JDK client may send a GET twice (see {@code
 * HttpClientChoice.jdk()}), so three attempts of a read may be up to six requests; it never repeats
 * a send.
 *
 * <p>The deadline: the call runs under a {@link CallDeadline}, which a delegate that honours it
 * ({@code FeignChat2Desk} does) turns into a shorter timeout for the attempt in flight. Every wait
 * is cut to the time left: backoff, {@code Retry-After} (one longer than the time left fails the
 * call at once), the wait for a rate limiter permit and for a bulkhead slot. No attempt starts once
 * the deadline has passed. The call then fails with the last attempt's failure (a {@link
 * TransportException} for an attempt cut short, saying whether it may have been delivered), or,
 * when no attempt could start at all, with a {@link CallRejectedException} of reason {@link
 * CallRejectedException.Reason#DEADLINE_EXCEEDED}. A delegate that ignores deadlines still gets its
 * waits cut, but its attempt in flight ends only by its own timeouts.
 *
 * <p>Accounts: the built client and each account reached through {@link #withToken(String)} have
 * their own circuit breaker, rate limiter and bulkhead, so one account's failures, throttling or
 * slow calls never block or trip another. The guards of up to {@link Builder#maxAccounts(int)}
 * accounts (default {@link ResilienceDefaults#DEFAULT_MAX_ACCOUNTS}) are kept, keyed by a SHA-256
 * digest of the token, never the token; past that, the least recently viewed account's guards are
 * dropped, and its next view starts with fresh ones (a closed breaker, a full rate limit, an empty
 * bulkhead) while views obtained before keep the old ones. Views share the retries, the deadline
 * and the meters; the {@code chat2desk.requests} timer has no account tag, so the number of meter
 * series does not grow with the number of accounts.
 *
 * <p>Thread-safe.
 */
public final class ResilientChat2Desk implements Chat2Desk {

  /** The name of the policies and the prefix of the retries' names. */
  public static final String DEFAULT_NAME = "chat2desk";

  private final Chat2Desk delegate;
  private final String name;
  private final Policies policies;
  private final String account;
  private final Function<Chat2DeskRequest<?>, Object> guarded;

  private ResilientChat2Desk(
      Chat2Desk delegate, String name, Policies policies, Guards guards, String account) {
    this.delegate = delegate;
    this.name = name;
    this.policies = policies;
    this.account = account;
    this.guarded = guards.decorate(delegate::execute);
  }

  /**
   * Starts decorating a client; {@code build()} with no other call gives the defaults of {@link
   * ResilienceDefaults} and no metrics.
   *
   * @param delegate the client to decorate; closed when the decorated client is closed
   */
  public static Builder wrap(Chat2Desk delegate) {
    return new Builder(Objects.requireNonNull(delegate, "delegate"));
  }

  /**
   * Runs the request through the delegate with the decoration of the class Javadoc: this account's
   * guards, built once per client, inside the operation's retry and the deadline, built per call.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <R> R execute(Chat2DeskRequest<R> request) {
    Objects.requireNonNull(request, "request");
    Operation operation = request.operation();
    RequestMetrics metrics = policies.metrics();
    long start = metrics.start();
    Attempts attempts = new Attempts(request, guarded, name);
    Supplier<Object> retried = Retry.decorateSupplier(policies.retry(operation), attempts);
    try {
      R result = (R) CallDeadline.within(policies.deadline(), retried);
      metrics.success(operation, start, attempts.started());
      return result;
    } catch (RuntimeException failure) {
      metrics.failure(operation, start, attempts.started(), failure);
      throw failure;
    }
  }

  /**
   * A decorated view of {@code delegate.withToken(token)} with the circuit breaker, rate limiter
   * and bulkhead of that account, sharing the retries, deadline and meters of this client.
   *
   * @param token the other account's API token; the delegate checks it
   * @return the view
   */
  @Override
  public Chat2Desk withToken(String token) {
    Chat2Desk view = delegate.withToken(token);
    return new ResilientChat2Desk(
        view, name, policies, policies.accounts().of(token), AccountGuards.shortId(token));
  }

  /** Closes the delegate. */
  @Override
  public void close() {
    delegate.close();
  }

  /** Names the policies and, for a view, the account's short id; never the token. */
  @Override
  public String toString() {
    return "ResilientChat2Desk[name="
        + name
        + (account == null ? "" : ", account=" + account)
        + ", delegate="
        + delegate
        + "]";
  }

  /**
   * Configures a {@link ResilientChat2Desk}. Configurations not given come from {@link
   * ResilienceDefaults}; registries not given are private to the built client. Every {@code
   * build()} makes a new client with new policy instances (unless a shared registry already holds
   * them by name).
   */
  public static final class Builder {

    final Chat2Desk delegate;
    String name = DEFAULT_NAME;
    String clientName;
    RetryConfig retryConfig;
    final Map<Operation, RetryConfig> retryOverrides = new EnumMap<>(Operation.class);
    Duration maxRetryAfter = ResilienceDefaults.DEFAULT_MAX_RETRY_AFTER;
    Duration deadline = ResilienceDefaults.DEFAULT_DEADLINE;
    int maxAccounts = ResilienceDefaults.DEFAULT_MAX_ACCOUNTS;
    CircuitBreakerConfig circuitBreakerConfig;
    RateLimiterConfig rateLimiterConfig;
    BulkheadConfig bulkheadConfig;
    AccountRateLimiter accountRateLimiter;
    String accountToken;
    RetryRegistry retryRegistry;
    CircuitBreakerRegistry circuitBreakerRegistry;
    RateLimiterRegistry rateLimiterRegistry;
    BulkheadRegistry bulkheadRegistry;
    MeterRegistry meterRegistry;
    Sleeper sleeper;
    Clock clock;
    DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(Chat2Desk delegate) {
      this.delegate = delegate;
    }

    /**
     * Names the circuit breaker, rate limiter and bulkhead, and prefixes the retries ({@code
     * name.sendMessage}); defaults to {@link #DEFAULT_NAME}.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * The {@code client} tag of the {@code chat2desk.requests} timer and the {@code
     * chat2desk.retries} counter, so that two clients recording into one registry stay apart;
     * defaults to {@link #name(String)}. Choose a few fixed names (one per client you build), never
     * a value per account or request: each name is a series of its own.
     */
    public Builder clientName(String clientName) {
      Objects.requireNonNull(clientName, "clientName");
      if (clientName.isBlank()) {
        throw new IllegalArgumentException("clientName must not be blank");
      }
      this.clientName = clientName;
      return this;
    }

    /**
     * The retry configuration of every operation, narrowed by the retry rules of the class Javadoc;
     * defaults to {@link ResilienceDefaults#retryConfig()}.
     */
    public Builder retry(RetryConfig config) {
      this.retryConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The retry configuration of one operation, overriding {@link #retry(RetryConfig)} for it. */
    public Builder retry(Operation operation, RetryConfig config) {
      retryOverrides.put(
          Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(config, "config"));
      return this;
    }

    /**
     * The longest {@code Retry-After} to wait out before retrying; a longer one fails the call at
     * once. Defaults to {@link ResilienceDefaults#DEFAULT_MAX_RETRY_AFTER}.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative");
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * The longest a whole call may take, every attempt, backoff, {@code Retry-After} and wait for a
     * permit included; defaults to {@link ResilienceDefaults#DEFAULT_DEADLINE}. See the class
     * Javadoc for how a call ends when it is spent. A deadline the calling thread already runs
     * under ({@link CallDeadline}) applies when it is earlier.
     */
    public Builder deadline(Duration deadline) {
      Objects.requireNonNull(deadline, "deadline");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be positive but was " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /**
     * How many accounts reached through {@link #withToken(String)} keep their own guards at once;
     * defaults to {@link ResilienceDefaults#DEFAULT_MAX_ACCOUNTS}. Each costs a few kilobytes.
     */
    public Builder maxAccounts(int maxAccounts) {
      if (maxAccounts < 1) {
        throw new IllegalArgumentException("maxAccounts must be positive but was " + maxAccounts);
      }
      this.maxAccounts = maxAccounts;
      return this;
    }

    /**
     * The circuit breaker configuration, narrowed to record only server and transport failures and
     * unreadable answers; defaults to {@link ResilienceDefaults#circuitBreakerConfig()}. Every
     * account gets its own breaker of this configuration.
     */
    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.circuitBreakerConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * The rate limiter configuration, per account; defaults to {@link
     * ResilienceDefaults#rateLimiterConfig()}.
     */
    public Builder rateLimiter(RateLimiterConfig config) {
      this.rateLimiterConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * An account-wide rate limiter in the place of the per-process one, for an application whose
     * instances must share each account's budget (see {@link AccountRateLimiter}). Each attempt
     * then takes one of its permits for the account it calls: the built client's own account, whose
     * token is given here, or the account of a {@link #withToken(String)} view. A permit is waited
     * for as long as the rate limiter configuration's {@code timeoutDuration} (see {@link
     * #rateLimiter(RateLimiterConfig)}), never past the call's deadline; a refusal fails the
     * attempt with a {@link CallRejectedException} of reason {@code RATE_LIMITED}, which is not
     * retried. Without it, each account has a Resilience4j rate limiter in this process.
     *
     * @param limiter the account-wide limiter, such as {@code chat2desk-ratelimit-redis}'s
     * @param token the API token the decorated client was built with, whose account its own calls
     *     spend; handed to the limiter only
     */
    public Builder accountRateLimiter(AccountRateLimiter limiter, String token) {
      Objects.requireNonNull(limiter, "limiter");
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.accountRateLimiter = limiter;
      this.accountToken = token;
      return this;
    }

    /**
     * The bulkhead configuration, per account; defaults to {@link
     * ResilienceDefaults#bulkheadConfig()}.
     */
    public Builder bulkhead(BulkheadConfig config) {
      this.bulkheadConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * A registry to take the retries from, by the names {@code name.<operation>}. A retry it
     * already holds is used as it is, and {@code build()} refuses one that would repeat an unsafe
     * call such as a send.
     */
    public Builder retryRegistry(RetryRegistry registry) {
      this.retryRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * A registry to take the built client's own circuit breaker from, by {@link #name(String)}; a
     * breaker it already holds is used as it is. The breakers of accounts reached through {@link
     * #withToken(String)} are made from its configuration but kept out of the registry, so that it
     * and its meters do not grow with the number of accounts.
     */
    public Builder circuitBreakerRegistry(CircuitBreakerRegistry registry) {
      this.circuitBreakerRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * A registry to take the built client's own rate limiter from, by {@link #name(String)}; the
     * other accounts' limiters are made from its configuration, outside the registry.
     */
    public Builder rateLimiterRegistry(RateLimiterRegistry registry) {
      this.rateLimiterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * A registry to take the built client's own bulkhead from, by {@link #name(String)}; the other
     * accounts' bulkheads are made from its configuration, outside the registry.
     */
    public Builder bulkheadRegistry(BulkheadRegistry registry) {
      this.bulkheadRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Records the {@code chat2desk.requests} timer and {@code chat2desk.retries} counter here, and
     * binds Resilience4j's tagged meters of the four registries to it. The registry's configuration
     * is never changed. Without one, nothing is recorded.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Waits between retry attempts with this sleeper instead of Resilience4j's, for tests that
     * check or act on the waits.
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The circuit breakers' clock, for tests that move time through the open state. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The jitter source of the default backoff (see {@link
     * ResilienceDefaults#retryConfig(DoubleSupplier)}); unused when {@link #retry(RetryConfig)} is
     * given. Defaults to a thread-local random.
     */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * Builds the decorated client.
     *
     * @throws IllegalStateException when a retry from the registry would repeat an unsafe call
     */
    public ResilientChat2Desk build() {
      Policies policies = Policies.assemble(this);
      return new ResilientChat2Desk(delegate, name, policies, policies.guards(), null);
    }
  }
}
