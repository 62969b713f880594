package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.admin.AdminGuard;
import dev.chat2desk4j.mock.admin.AdminHttp;
import dev.chat2desk4j.mock.fault.Faults;
import dev.chat2desk4j.mock.http.AccountRateLimit;
import dev.chat2desk4j.mock.http.ApiHttp;
import dev.chat2desk4j.mock.http.ApiRouteTable;
import dev.chat2desk4j.mock.journal.Journal;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.journal.RequestCount;
import dev.chat2desk4j.mock.journal.Verification;
import dev.chat2desk4j.mock.state.Customer;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.webhook.WebhookDeliveries;
import dev.chat2desk4j.mock.webhook.WebhookDispatcher;
import dev.chat2desk4j.mock.webhook.WebhookSettings;
import io.javalin.Javalin;
import io.javalin.router.EndpointNotFound;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful fake of the Chat2Desk API over real HTTP, for tests and CI: the {@code /v1} routes of
 * the wire format on {@link MockState}, an admin API under {@code /__admin}, a bounded request
 * journal and fault rules.
 *
 * <pre>{@code
 * try (Chat2DeskMockServer server =
 *     Chat2DeskMockServer.builder().token("token-a").seed(Seed.demo()).build().start()) {
 *   URI baseUrl = server.baseUrl(); // http://127.0.0.1:PORT, paths start with /v1
 * }
 * }</pre>
 *
 * <p>Thread-safe. Binds {@value #DEFAULT_HOST} on a random port unless told otherwise; bound beyond
 * loopback, it logs a warning at start, since then anyone on the network can use its API and its
 * admin API (set an {@linkplain Builder#adminToken(String) admin token} there).
 */
public final class Chat2DeskMockServer implements AutoCloseable {

  /** The host bound by default: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The port bound by default: 0, a free port chosen by the system. */
  public static final int DEFAULT_PORT = 0;

  /**
   * The admin header: the admin token when one is set, or any value on an admin write as proof that
   * a script, not a web page, sends it.
   */
  public static final String ADMIN_HEADER = AdminGuard.HEADER;

  /** How many requests the journal keeps by default before dropping the oldest. */
  public static final int DEFAULT_JOURNAL_CAPACITY = 10_000;

  /**
   * How many bytes the journal keeps by default before dropping the oldest requests: 32 MiB. A
   * request counts its kept body (at most {@link JournalEntry#BODY_LIMIT_BYTES}), query and path,
   * plus a fixed 128 bytes.
   */
  public static final long DEFAULT_JOURNAL_MAX_BYTES = 32L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(Chat2DeskMockServer.class);

  private final String host;
  private final int requestedPort;
  private final MockState state;
  private final Journal journal;
  private final Faults faults;
  private final AccountRateLimit rateLimit;
  private final String adminToken;
  private final Clock clock;
  private final WebhookDispatcher dispatcher;
  private Javalin app;
  private boolean closed;

  private Chat2DeskMockServer(Builder builder) {
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.clock = builder.clock;
    this.state = builder.state != null ? builder.state : MockState.create(builder.clock);
    builder.accounts.forEach(
        (token, seeds) -> {
          state.addAccount(token);
          seeds.forEach(seed -> state.seed(token, seed));
        });
    builder.seeds.forEach(state::seedAll);
    this.journal =
        new Journal(builder.journalCapacity, builder.journalMaxBytes, ApiRouteTable::routeName);
    this.faults = Faults.create(builder.random);
    this.rateLimit = new AccountRateLimit(builder.rateLimitPerSecond);
    this.adminToken = builder.adminToken;
    this.dispatcher = new WebhookDispatcher(builder.webhookSettings);
    state.listen(dispatcher);
  }

  /** A builder with the defaults: loopback, random port, system UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts answering; returns this server.
   *
   * @throws IllegalStateException when already started or closed
   */
  public synchronized Chat2DeskMockServer start() {
    if (app != null || closed) {
      throw new IllegalStateException("The server was already started");
    }
    ApiHttp api = new ApiHttp(state, faults, journal, rateLimit, clock);
    AdminHttp admin =
        new AdminHttp(state, journal, faults, rateLimit, adminToken, this::reset, webhooks());
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = host;
              config.jetty.port = requestedPort;
              ApiHttp.configureServer(config);
              api.register(config);
              admin.register(config);
              // Javalin's own 404 for any path or method no route has, in the API's envelope.
              config.routes.exception(
                  EndpointNotFound.class,
                  (e, ctx) -> {
                    if (AdminHttp.owns(ctx.path())) {
                      admin.notFound(ctx);
                    } else {
                      api.unrouted(ctx);
                    }
                  });
            });
    QuietStart.run(app::start);
    NetworkExposure.warning(host, admin.requiresToken()).ifPresent(LOG::warn);
    return this;
  }

  /** The host root, such as {@code http://127.0.0.1:54321}; API paths start with {@code /v1}. */
  public URI baseUrl() {
    return URI.create("http://" + host + ":" + port());
  }

  /**
   * The bound port.
   *
   * @throws IllegalStateException before {@link #start()} and after {@link #close()}, when no port
   *     is bound
   */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("The server is not started");
    }
    if (closed) {
      throw new IllegalStateException("The server is closed");
    }
    return app.port();
  }

  /** The state the server answers from; change it directly to arrange a test. */
  public MockState state() {
    return state;
  }

  /** Whether the server is started and not closed: the Java form of {@code GET /__admin/health}. */
  public synchronized boolean isRunning() {
    return app != null && !closed;
  }

  /**
   * Registers an account for another token (or returns the existing one) while the server runs.
   *
   * @param token the API token; not blank
   */
  public MockAccount addAccount(String token) {
    return state.addAccount(token);
  }

  /**
   * Adds data to one account now and after every reset, as {@code POST /__admin/seed?token=} does.
   *
   * @throws IllegalArgumentException for an unknown token or a seed that does not fit the account
   */
  public void seed(String token, Seed seed) {
    state.seed(token, seed);
  }

  /**
   * Adds data to every account now and after every reset, as {@code POST /__admin/seed} does.
   *
   * @throws IllegalArgumentException when the seed does not fit some account; then none changes
   */
  public void seed(Seed seed) {
    state.seedAll(seed);
  }

  /**
   * The requests received on API paths, oldest first, within the journal's bounds in requests and
   * bytes; each keeps at most {@link JournalEntry#BODY_LIMIT_BYTES} of its body.
   */
  public List<JournalEntry> journal() {
    return journal.entries();
  }

  /**
   * Fluent checks on the requests in the journal, such as {@code
   * verify().messageSent().to(clientId).withText("hi").once()}; a failed check throws {@link
   * AssertionError} listing what was received.
   *
   * @throws IllegalStateException when this thread left a fault rule unregistered (see {@link
   *     Faults})
   */
  public Verification verify() {
    faults.checkNoUnfinishedRule();
    return journal.verify();
  }

  /**
   * The webhook deliveries: the delivery journal, the counts (drops included) and bounded waits,
   * such as {@code webhooks().verify().delivered(WebhookEvent.INBOX).to(url).within(..)}.
   */
  public WebhookDeliveries webhooks() {
    return new WebhookDeliveries(dispatcher);
  }

  /**
   * A customer of the only account, to play the customer's side: {@code
   * customer(clientId).writes("Hi")} stores an incoming message and fires the {@code inbox} event.
   *
   * @throws IllegalStateException when the server has more than one account; name it then
   */
  public Customer customer(long clientId) {
    if (state.accountCount() != 1) {
      throw new IllegalStateException(
          "The server has " + state.accountCount() + " accounts; use customer(token, clientId)");
    }
    return Customer.of(state.only(), clientId);
  }

  /** A customer of the account of a token; see {@link #customer(long)}. */
  public Customer customer(String token, long clientId) {
    return Customer.of(state.account(token), clientId);
  }

  /** Empties the journal. */
  public void clearJournal() {
    journal.clear();
  }

  /** The fault rules; add one with {@code faults().on(...)}. */
  public Faults faults() {
    return faults;
  }

  /**
   * Limits every account to this many API requests per second of the server's clock from now on, as
   * {@code PUT /__admin/rate-limit} does; 0 lifts the limit. A request over it answers 429 {@code
   * Number of API requests exceeded} with {@code Retry-After: 1}.
   *
   * @throws IllegalArgumentException when out of 0 to 1 000 000
   */
  public void rateLimitPerSecond(int perSecond) {
    rateLimit.perSecond(perSecond);
  }

  /**
   * How many API requests each account sent in each second (the last hour of each account's), and
   * how many the limit answered 429, by second and then account: what {@code GET
   * /__admin/request-counts} answers. Counted whether a limit is set or not.
   */
  public List<RequestCount> requestCounts() {
    return rateLimit.counts();
  }

  /**
   * Brings every account back to its seeded state (without webhooks) and clears the journal, the
   * fault rules, the request counts and the webhook delivery journal and counts.
   *
   * @throws IllegalStateException after resetting, when this thread left a fault rule unregistered
   */
  public void reset() {
    state.reset();
    journal.clear();
    faults.clear();
    rateLimit.clear();
    dispatcher.clear();
  }

  /**
   * Brings one account back to its seeded state; the journal and fault rules stay.
   *
   * @throws IllegalArgumentException when no account has this token
   */
  public void reset(String token) {
    state.reset(token);
  }

  /** Stops answering and releases the port; calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (app != null) {
      app.stop();
    }
    state.unlisten(dispatcher);
    dispatcher.close();
  }

  @Override
  public String toString() {
    return "Chat2DeskMockServer[" + host + ", " + state + "]";
  }

  /** Configures a {@link Chat2DeskMockServer}; {@link #build()} returns a new server every call. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private WebhookSettings webhookSettings = WebhookSettings.defaults();
    private Clock clock = Clock.systemUTC();
    private int journalCapacity = DEFAULT_JOURNAL_CAPACITY;
    private long journalMaxBytes = DEFAULT_JOURNAL_MAX_BYTES;
    private String adminToken;
    private int rateLimitPerSecond;
    private RandomGenerator random = new SplittableRandom();
    private MockState state;
    private final Map<String, List<Seed>> accounts = new LinkedHashMap<>();
    private final List<Seed> seeds = new ArrayList<>();

    private Builder() {}

    /** The host to bind; default {@link #DEFAULT_HOST}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to bind, 0 for a free one; default {@link #DEFAULT_PORT}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be within 0 and 65535 but was " + port);
      }
      this.port = port;
      return this;
    }

    /** Registers an account for this API token; call once per account. */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      accounts.putIfAbsent(token, new ArrayList<>());
      return this;
    }

    /** Registers an account for this token with data of its own. */
    public Builder token(String token, Seed seed) {
      token(token);
      accounts.get(token).add(Objects.requireNonNull(seed, "seed"));
      return this;
    }

    /** Data for every account registered on this builder, applied after each account's own. */
    public Builder seed(Seed seed) {
      seeds.add(Objects.requireNonNull(seed, "seed"));
      return this;
    }

    /** The clock for timestamps and the journal; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How many requests the journal keeps; default {@link #DEFAULT_JOURNAL_CAPACITY}. */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("capacity must be positive but was " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * How many bytes of requests the journal keeps, the newest request always; default {@link
     * #DEFAULT_JOURNAL_MAX_BYTES}.
     */
    public Builder journalMaxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive but was " + maxBytes);
      }
      this.journalMaxBytes = maxBytes;
      return this;
    }

    /**
     * Requires this token on every admin request, in the {@code X-Chat2Desk-Admin} header (401
     * without it); default none. Never logged or printed.
     */
    public Builder adminToken(String adminToken) {
      Objects.requireNonNull(adminToken, "adminToken");
      if (adminToken.isBlank()) {
        throw new IllegalArgumentException("adminToken must not be blank");
      }
      this.adminToken = adminToken;
      return this;
    }

    /**
     * Limits every account to this many API requests per second of the server's clock, as the real
     * API limits accounts: a request over it answers 429 with {@code Retry-After: 1}. Default 0, no
     * limit.
     *
     * @throws IllegalArgumentException when out of 0 to 1 000 000
     */
    public Builder rateLimitPerSecond(int perSecond) {
      this.rateLimitPerSecond = AccountRateLimit.checked(perSecond);
      return this;
    }

    /** The randomness behind probability fault rules; default an unseeded generator. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Serves an existing state (such as one an in-process fake also uses) instead of a new one;
     * tokens and seeds of this builder are added to it. Its clock wins over {@link #clock(Clock)}
     * for timestamps.
     */
    public Builder state(MockState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /** How webhooks are delivered; default {@link WebhookSettings#defaults()}. */
    public Builder webhooks(WebhookSettings settings) {
      this.webhookSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Multiplies the webhook retry schedule (10 s, 5 min, 2 h) and the time before a failing hook
     * is disabled (5 h) by a factor, such as {@code 0.0001} so that a test sees them in
     * milliseconds.
     */
    public Builder webhookTimeScale(double scale) {
      this.webhookSettings = webhookSettings.withTimeScale(scale);
      return this;
    }

    /** Whether webhooks may be delivered to hosts other than loopback ones; default false. */
    public Builder allowExternalWebhookTargets(boolean allow) {
      this.webhookSettings = webhookSettings.withExternalTargets(allow);
      return this;
    }

    /**
     * The server, not yet started.
     *
     * @throws IllegalStateException when no account is registered
     */
    public Chat2DeskMockServer build() {
      if (accounts.isEmpty() && (state == null || state.accountCount() == 0)) {
        throw new IllegalStateException("Register at least one account with token(...)");
      }
      return new Chat2DeskMockServer(this);
    }
  }
}
