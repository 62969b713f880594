package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.CallDeadline;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.TransportException;
import feign.FeignException;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Chat2Desk} over HTTP with OpenFeign: JSON envelopes to records, error answers to the API's
 * exceptions, I/O failures to {@link TransportException}. Thread-safe; build one per application
 * and share it, and use {@link #withToken(String)} for further accounts.
 *
 * <p>{@link #execute(Chat2DeskRequest)} sends every operation the same way: the request's {@link
 * Operation} selects its route, one method of a Feign interface whose annotation alone holds the
 * HTTP method, path and parameter names, and the route maps the request to that method's arguments
 * and the answer to the API's record. An exception names the request as Feign sent it.
 *
 * <p>Every call ends within its call timeout ({@link Builder#callTimeout(Duration)}, default {@link
 * #DEFAULT_CALL_TIMEOUT}), whatever the server does: connecting, sending, waiting for the headers
 * and reading the body all count, on each of the three HTTP clients. When the calling thread runs
 * under a shorter {@link CallDeadline} (as {@code ResilientChat2Desk} sets one), the call ends by
 * that instead. A call that ends so fails with a {@link TransportException} whose {@link
 * TransportException#mayHaveBeenDelivered()} is true unless no connection was ever made. An answer
 * is read up to {@link Builder#maxResponseSize(long)}; a larger one, and a 2xx that is not the
 * answer the operation needs (a send's answer without a message id, a list without a data array, a
 * body that is not JSON), fails with an {@link InvalidResponseException}.
 *
 * <p>It never retries by itself (not even on {@code Retry-After}): wrap it with the resilience
 * module for that. OkHttp and Apache HttpClient 5 send each request exactly once. The JDK client
 * repeats a request on its own in two cases that a library cannot switch off (the switches are
 * JVM-wide system properties): a refused connection attempt is made once more (nothing was sent),
 * and a GET whose pooled connection turns out to be closed before any byte of the answer is sent
 * once more, so one GET call may reach the server twice; a POST is never repeated once sent. It
 * never follows redirects, so the token never travels to another host.
 *
 * <pre>{@code
 * Chat2Desk chat2desk = FeignChat2Desk.builder().token(System.getenv("CHAT2DESK_TOKEN")).build();
 * }</pre>
 */
public final class FeignChat2Desk implements Chat2Desk {

  /** The real API's host root; every path carries {@code /v1}. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.chat2desk.com");

  /** The longest wait for a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** The longest wait for the bytes of an answer. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The longest a whole call may take, the answer's body included, so no call hangs forever. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /**
   * The most bytes of an answer's body that are read: 16 MiB, far above a full page of 200 items
   * (well under 1 MiB), far below what would strain a heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;

  /** One DEBUG line per request and per answer. */
  public static final LogLevel DEFAULT_LOG_LEVEL = LogLevel.BASIC;

  /** The library's name and version, such as {@code chat2desk4j/0.1.0 (Java 17)}. */
  public static final String DEFAULT_USER_AGENT =
      "chat2desk4j/" + FeignSetup.VERSION + " (Java " + Runtime.version().feature() + ")";

  private final FeignSetup setup;
  private final Redactor redactor;
  private final Chat2DeskApi api;
  private final boolean owner;

  private FeignChat2Desk(FeignSetup setup, String token, boolean owner) {
    this.setup = setup;
    this.redactor = new Redactor(token);
    this.api = setup.api(token, redactor);
    this.owner = owner;
  }

  /** A builder with every option at its {@code DEFAULT_*} value; a token is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the request over its operation's route and maps the answer; see the class Javadoc for
   * timeouts, size cap and failures.
   */
  @Override
  public <R> R execute(Chat2DeskRequest<R> request) {
    Objects.requireNonNull(request, "request");
    FeignRoutes.Route route = FeignRoutes.route(request.operation());
    return call(request.operation(), () -> route.call(api, request));
  }

  /**
   * A client acting as another account over this client's HTTP client and connection pool. Closing
   * the view leaves the shared client open; closing this client closes it for every view.
   *
   * @param token the other account's API token: visible ASCII characters, no spaces
   * @return the view
   * @throws IllegalArgumentException when the token is blank or has a character a header cannot
   *     carry; the message names the position, never the token
   */
  @Override
  public FeignChat2Desk withToken(String token) {
    return new FeignChat2Desk(setup, Tokens.check(token), false);
  }

  /**
   * Closes this client and every view of it, releasing the HTTP client's connections and threads;
   * calls made afterwards throw {@link IllegalStateException}. A client given through {@link
   * HttpClientChoice#of} stays open for its owner. On a {@link #withToken(String)} view this does
   * nothing: the shared client stays open.
   */
  @Override
  public void close() {
    if (owner) {
      setup.close();
    }
  }

  /** Shows the base URL and the HTTP client, never the token. */
  @Override
  public String toString() {
    return "FeignChat2Desk[baseUrl="
        + setup.baseUrl()
        + ", httpClient="
        + setup.transport().name()
        + (owner ? "" : ", view")
        + "]";
  }

  /** The shared transport, so tests can prove that views share it. */
  HttpTransport transport() {
    return setup.transport();
  }

  private <T> T call(Operation operation, Supplier<T> exchange) {
    if (setup.isClosed()) {
      throw new IllegalStateException("This FeignChat2Desk is closed");
    }
    if (CallDeadline.remainingNanos() <= 0) {
      throw CallFailures.deadlineSpent(operation);
    }
    try {
      return exchange.get();
    } catch (FeignException e) {
      throw CallFailures.map(operation, e, redactor);
    }
  }

  /**
   * Configures a {@link FeignChat2Desk}. Not thread-safe; {@link #build()} may be called repeatedly
   * and returns a new client, with its own HTTP client, every time.
   */
  public static final class Builder {

    private String token;
    private URI baseUrl = DEFAULT_BASE_URL;
    private HttpClientChoice httpClient;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private Proxy proxy;
    private String userAgent = DEFAULT_USER_AGENT;
    private LogLevel logLevel = DEFAULT_LOG_LEVEL;
    private Clock clock = Clock.systemUTC();
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

    // A body is read into one array.
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Builder() {}

    /**
     * The account's API token, sent as the raw {@code Authorization} header; required.
     *
     * @throws IllegalArgumentException when the token is blank or has a character a header cannot
     *     carry (anything but visible ASCII: spaces, line breaks, control or non-ASCII characters);
     *     the message names the problem and its position, never the token
     */
    public Builder token(String token) {
      this.token = Tokens.check(token);
      return this;
    }

    /**
     * The host root without {@code /v1}, such as {@code http://127.0.0.1:8080} for a fake server;
     * default {@link FeignChat2Desk#DEFAULT_BASE_URL}.
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL: " + baseUrl);
      }
      if (baseUrl.getHost() == null || baseUrl.getRawQuery() != null) {
        throw new IllegalArgumentException("baseUrl needs a host and no query: " + baseUrl);
      }
      String text = baseUrl.toString();
      this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /**
     * The host root as text, such as {@code "http://127.0.0.1:8080"}; the same checks as {@link
     * #baseUrl(URI)}.
     *
     * @throws IllegalArgumentException when the text is not a URI (the message says where), or is
     *     not an http or https URL with a host and no query
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      try {
        return baseUrl(new URI(baseUrl.strip()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "baseUrl is not a URL: " + e.getReason() + " at index " + e.getIndex(), e);
      }
    }

    /** The HTTP client to use; default {@link HttpClientChoice#jdk()}. */
    public Builder httpClient(HttpClientChoice httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** A Feign client you configured yourself; see {@link HttpClientChoice#of(feign.Client)}. */
    public Builder httpClient(feign.Client httpClient) {
      return httpClient(HttpClientChoice.of(httpClient));
    }

    /**
     * The longest wait for a connection; default {@link FeignChat2Desk#DEFAULT_CONNECT_TIMEOUT}.
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The longest wait for an answer's bytes; default {@link FeignChat2Desk#DEFAULT_READ_TIMEOUT}.
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * The longest a whole call may take, from waiting for a pooled connection to the last byte of
     * the answer; default {@link FeignChat2Desk#DEFAULT_CALL_TIMEOUT}. It also caps the connect and
     * read timeouts, and a shorter {@link CallDeadline} of the calling thread shortens it. All
     * three HTTP clients end the call when it is spent (OkHttp with its own call timeout, the JDK
     * client and HttpClient 5 by cancelling the exchange, which closes the connection); a client
     * given through {@link HttpClientChoice#of(feign.Client)} is bounded only by its own settings.
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /** An HTTP proxy, or {@link Proxy#NO_PROXY}; default none. */
    public Builder proxy(Proxy proxy) {
      Objects.requireNonNull(proxy, "proxy");
      if (proxy.type() == Proxy.Type.SOCKS) {
        throw new IllegalArgumentException("proxy must be an HTTP proxy, not SOCKS");
      }
      this.proxy = proxy.type() == Proxy.Type.DIRECT ? null : proxy;
      return this;
    }

    /** The {@code User-Agent} header; default {@link FeignChat2Desk#DEFAULT_USER_AGENT}. */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent");
      if (userAgent.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * How much of each exchange to log at DEBUG; default {@link FeignChat2Desk#DEFAULT_LOG_LEVEL}.
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * The most bytes of an answer's body to read; default {@link
     * FeignChat2Desk#DEFAULT_MAX_RESPONSE_SIZE}. A larger answer fails with an {@link
     * InvalidResponseException} as soon as its {@code Content-Length} or its bytes show it.
     */
    public Builder maxResponseSize(long maxResponseSize) {
      if (maxResponseSize < 1 || maxResponseSize > MAX_ARRAY) {
        throw new IllegalArgumentException(
            "maxResponseSize must be between 1 and " + MAX_ARRAY + " but was " + maxResponseSize);
      }
      this.maxResponseSize = maxResponseSize;
      return this;
    }

    /** The clock that an HTTP-date {@code Retry-After} is measured against; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds a new client with its own HTTP client.
     *
     * @throws IllegalStateException when no token was given, or the chosen HTTP client is missing
     */
    public FeignChat2Desk build() {
      if (token == null) {
        throw new IllegalStateException("token is required: call token(..) before build()");
      }
      HttpClientChoice choice = httpClient == null ? HttpClientChoice.jdk() : httpClient;
      TransportSettings settings =
          new TransportSettings(
              baseUrl, connectTimeout, readTimeout, callTimeout, proxy, maxResponseSize);
      FeignSetup setup =
          new FeignSetup(
              choice.create(settings), baseUrl, userAgent, logLevel, clock, maxResponseSize);
      return new FeignChat2Desk(setup, token, true);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + value);
      }
      return value;
    }
  }
}
