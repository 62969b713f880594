package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.testkit.MockSettings.Lifecycle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link Chat2DeskMockServer} for your tests and injects it, and a
 * {@link Chat2Desk} client already pointed at it, as test parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();
 *
 * @Test
 * void greets(Chat2DeskMockServer server, Chat2Desk chat2desk) { ... }
 * }</pre>
 *
 * <p>On a {@code static} field, or through {@code @ExtendWith(Chat2DeskMockExtension.class)}, one
 * server serves the whole test class; on an instance field each test gets its own; {@link
 * Builder#perClass()} and {@link Builder#perTest()} decide explicitly. Before each test the server
 * is {@linkplain Chat2DeskMockServer#reset() reset}: every account back to its seed, the journal
 * and the fault rules cleared. Resetting keeps the server, so the client's keep-alive connections
 * stay usable. The injected client is a {@link FeignChat2Desk} for {@link Builder#token(String)}: a
 * {@linkplain FeignChat2Desk#withToken(String) view} of the client the extension owns, so a test
 * that closes it, or closes a wrapper such as {@code ResilientChat2Desk} built over it, leaves the
 * client working for every later test. The extension closes the owned client with its server.
 *
 * <p>{@link #server()} and {@link #client()} give the same objects from the extension field, for
 * code that cannot take parameters (a helper, a {@code @BeforeEach} of a base class).
 *
 * <p>The extension keeps servers in JUnit's extension store, never in static state, so test classes
 * may run in parallel. Tests of one class that run concurrently share a per-class server and its
 * resets: give such classes {@link Builder#perTest()}. Register one instance per class.
 */
public final class Chat2DeskMockExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  /** The token of the primary account when none is given. */
  public static final String DEFAULT_TOKEN = "test-token";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Chat2DeskMockExtension.class);
  private static final String CLASS_KEY = "class-server";
  private static final String TEST_KEY = "test-server";

  private final MockSettings settings;

  // The server of the test (or @BeforeAll, @AfterAll) running on this thread, for server().
  private final ThreadLocal<RunningMock> current = new ThreadLocal<>();

  /**
   * The extension with its defaults ({@link #DEFAULT_TOKEN}, empty account, server per class or per
   * test by the field), as {@code @ExtendWith(Chat2DeskMockExtension.class)} creates it.
   */
  public Chat2DeskMockExtension() {
    this(new Builder());
  }

  private Chat2DeskMockExtension(Builder builder) {
    this.settings =
        new MockSettings(
            builder.token,
            List.copyOf(builder.seeds),
            copy(builder.otherAccounts),
            builder.clock,
            builder.httpClient,
            builder.lifecycle);
  }

  /** The extension with its defaults; see {@link #Chat2DeskMockExtension()}. */
  public static Chat2DeskMockExtension create() {
    return new Chat2DeskMockExtension();
  }

  /** A builder for the token, the data, the clock and the server's lifecycle. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (settings.lifecycle() != Lifecycle.PER_TEST) {
      current.set(classServer(context));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (settings.lifecycle() == Lifecycle.PER_TEST
        || settings.lifecycle() == Lifecycle.BY_FIELD && find(context, CLASS_KEY) == null) {
      // An instance field's extension never sees beforeAll: it gets a server per test.
      RunningMock running = RunningMock.start(settings, context.getUniqueId());
      context.getStore(NAMESPACE).put(TEST_KEY, running);
      current.set(running);
      return;
    }
    RunningMock running = classServer(context);
    running.server().reset();
    current.set(running);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    RunningMock running = current.get();
    try {
      if (running != null) {
        // Fails the test that started a fault rule without once(), times(n), always(), ...
        running.server().faults().checkNoUnfinishedRule();
      }
    } finally {
      closeOwned(context, TEST_KEY);
      RunningMock classRunning = find(context, CLASS_KEY);
      if (classRunning == null) {
        current.remove();
      } else {
        current.set(classRunning);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    current.remove();
    closeOwned(context, CLASS_KEY);
  }

  /**
   * The server of the test running on this thread: the one a {@link Chat2DeskMockServer} parameter
   * gets. A per-class server is also there in {@code @BeforeAll} and {@code @AfterAll} methods.
   *
   * @throws IllegalStateException outside a test of a class this extension is registered on, or on
   *     a thread the test started itself
   */
  public Chat2DeskMockServer server() {
    return running("server()").server();
  }

  /**
   * A client for the primary token pointed at {@link #server()}, as a {@link Chat2Desk} parameter
   * gets it: closing it leaves the extension's client open.
   *
   * @throws IllegalStateException where {@link #server()} does
   */
  public FeignChat2Desk client() {
    return running("client()").view();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Chat2DeskMockServer.class
        || type == Chat2Desk.class
        || type == FeignChat2Desk.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RunningMock running = find(context, TEST_KEY);
    if (running == null) {
      running = find(context, CLASS_KEY);
    }
    if (running == null) {
      throw new ParameterResolutionException(
          "No Chat2DeskMockServer runs for "
              + parameter.getDeclaringExecutable()
              + ": a per-test server exists only from beforeEach to afterEach, so inject it into"
              + " test, @BeforeEach or @AfterEach methods, or use a per-class server");
    }
    return parameter.getParameter().getType() == Chat2DeskMockServer.class
        ? running.server()
        : running.view();
  }

  private RunningMock running(String accessor) {
    RunningMock running = current.get();
    if (running == null) {
      throw new IllegalStateException(
          accessor
              + " is available only while a test of a class this extension is registered on runs"
              + " (from @BeforeEach to @AfterEach, or @BeforeAll to @AfterAll for a per-class"
              + " server), on the test's own thread");
    }
    return running;
  }

  @Override
  public String toString() {
    return "Chat2DeskMockExtension[" + settings.lifecycle() + "]";
  }

  /** The class-level server for this context, started in the class's store if none runs yet. */
  private RunningMock classServer(ExtensionContext context) {
    RunningMock running = find(context, CLASS_KEY);
    if (running != null) {
      requireSameSettings(running);
      return running;
    }
    ExtensionContext owner = classContext(context);
    String id = owner.getUniqueId();
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(CLASS_KEY, key -> RunningMock.start(settings, id), RunningMock.class);
  }

  private void requireSameSettings(RunningMock running) {
    if (!running.settings().servesLike(settings)) {
      throw new ExtensionConfigurationException(
          "Two differently configured Chat2DeskMockExtensions apply to one test class;"
              + " register one per class (an inner @Nested class shares its outer class's)");
    }
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static RunningMock find(ExtensionContext context, String key) {
    return context.getStore(NAMESPACE).get(key, RunningMock.class);
  }

  private static void closeOwned(ExtensionContext context, String key) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    RunningMock running = store.get(key, RunningMock.class);
    if (running != null && running.ownerId().equals(context.getUniqueId())) {
      store.remove(key);
      running.close();
    }
  }

  private static Map<String, List<Seed>> copy(Map<String, List<Seed>> accounts) {
    Map<String, List<Seed>> copy = new LinkedHashMap<>();
    accounts.forEach((token, seeds) -> copy.put(token, List.copyOf(seeds)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Configures a {@link Chat2DeskMockExtension}. Not thread-safe; {@link #build()} returns a new
   * extension every call.
   */
  public static final class Builder {
    private String token = DEFAULT_TOKEN;
    private final List<Seed> seeds = new ArrayList<>();
    private final Map<String, List<Seed>> otherAccounts = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private HttpClientChoice httpClient = HttpClientChoice.jdk();
    private Lifecycle lifecycle = Lifecycle.BY_FIELD;

    private Builder() {}

    /**
     * The primary account's token, which the injected client uses; default {@link #DEFAULT_TOKEN}.
     */
    public Builder token(String token) {
      this.token = checkToken(token);
      return this;
    }

    /** Data for the primary account, applied at start and after every reset; may be repeated. */
    public Builder seed(Seed seed) {
      seeds.add(Objects.requireNonNull(seed, "seed"));
      return this;
    }

    /** A further, empty account, such as one for tenant-isolation tests. */
    public Builder account(String token) {
      otherAccounts.computeIfAbsent(checkToken(token), t -> new ArrayList<>());
      return this;
    }

    /** A further account with data of its own, applied at start and after every reset. */
    public Builder account(String token, Seed seed) {
      Objects.requireNonNull(seed, "seed");
      otherAccounts.computeIfAbsent(checkToken(token), t -> new ArrayList<>()).add(seed);
      return this;
    }

    /** The server's clock for timestamps; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The HTTP client of the injected {@link Chat2Desk}; default {@link HttpClientChoice#jdk()}.
     */
    public Builder httpClient(HttpClientChoice httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** One server for the whole test class, reset before each test, whatever the field. */
    public Builder perClass() {
      this.lifecycle = Lifecycle.PER_CLASS;
      return this;
    }

    /** A new server for every test, whatever the field. */
    public Builder perTest() {
      this.lifecycle = Lifecycle.PER_TEST;
      return this;
    }

    /**
     * The extension.
     *
     * @throws IllegalStateException when a further account has the primary account's token
     */
    public Chat2DeskMockExtension build() {
      if (otherAccounts.containsKey(token)) {
        throw new IllegalStateException(
            "A further account has the primary token; give it a token of its own");
      }
      return new Chat2DeskMockExtension(this);
    }

    private static String checkToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      return token;
    }
  }
}
