package dev.chat2desk4j.feign;

import feign.Client;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which HTTP client carries a {@link FeignChat2Desk}'s requests: the JDK's own (the default),
 * OkHttp, Apache HttpClient 5, or any {@link feign.Client} you configure yourself. Pass one to
 * {@link FeignChat2Desk.Builder#httpClient(HttpClientChoice)}.
 *
 * <p>OkHttp and HttpClient 5 are optional dependencies: add {@code
 * io.github.openfeign:feign-okhttp} or {@code io.github.openfeign:feign-hc5} to use them. Their
 * code is loaded only when chosen.
 *
 * <p>Instances are immutable; every {@link FeignChat2Desk.Builder#build()} builds its own client
 * from the choice, except for {@link #of(Client)}, which is used as given.
 */
public final class HttpClientChoice {

  private final String name;
  private final Function<TransportSettings, HttpTransport> factory;

  private HttpClientChoice(String name, Function<TransportSettings, HttpTransport> factory) {
    this.name = name;
    this.factory = factory;
  }

  /**
   * The JDK's {@code java.net.http.HttpClient}: the default, with no extra dependency. Each call,
   * its answer's body included, is bounded by the call timeout.
   *
   * <p>The JDK client repeats some requests by itself, and the switches for that are JVM-wide
   * system properties a library must not set: a refused connection attempt is made once more
   * (nothing was sent), and a GET whose pooled connection turns out to be closed before any byte of
   * the answer arrives is sent once more, so one GET call may reach the server twice (a retrying
   * caller's three attempts may be six requests). A POST is never repeated once sent.
   */
  public static HttpClientChoice jdk() {
    return new HttpClientChoice("jdk", JdkTransport::create);
  }

  /**
   * OkHttp, with its connection pool shared by every token view of a client. Each request is sent
   * once (OkHttp's own retries are off), and each call is bounded by OkHttp's call timeout, set to
   * the call's budget.
   *
   * @throws IllegalStateException when OkHttp ({@code io.github.openfeign:feign-okhttp}) is not on
   *     the class path
   */
  public static HttpClientChoice okHttp() {
    require("okhttp", "io.github.openfeign:feign-okhttp", "okhttp3.OkHttpClient");
    return new HttpClientChoice("okhttp", settings -> OkHttpTransport.create(settings));
  }

  /**
   * Apache HttpClient 5 with a pooling connection manager shared by every token view of a client.
   * Each request is sent once (HttpClient's own retries are off), and each call is aborted at the
   * end of its budget, since HttpClient itself only bounds each wait for a byte.
   *
   * <p>Logging: HttpClient's own {@code org.apache.hc.client5.http.headers} logger prints request
   * headers at DEBUG; on the connections of this client it prints {@code Authorization: ****}. Its
   * {@code org.apache.hc.client5.http.wire} logger, which would dump every byte, token included, is
   * never attached to them.
   *
   * @throws IllegalStateException when HttpClient 5 ({@code io.github.openfeign:feign-hc5}) is not
   *     on the class path
   */
  public static HttpClientChoice apacheHc5() {
    require(
        "apache-hc5",
        "io.github.openfeign:feign-hc5",
        "org.apache.hc.client5.http.impl.classic.HttpClients");
    return new HttpClientChoice("apache-hc5", settings -> Hc5Transport.create(settings));
  }

  /**
   * A Feign client you built and configured yourself. The connect and read timeouts of the builder
   * still apply per request, and answers are still read up to the size cap; the call timeout, a
   * caller's deadline, proxy settings, retries, what the client logs and closing are up to you:
   * closing the {@link FeignChat2Desk} leaves this client open.
   *
   * @param client the client to send every request through
   * @return the choice
   */
  public static HttpClientChoice of(Client client) {
    Objects.requireNonNull(client, "client");
    return new HttpClientChoice(
        "custom", settings -> new HttpTransport("custom", client, settings.options(), () -> {}));
  }

  /**
   * The short name of the client: {@code jdk}, {@code okhttp}, {@code apache-hc5} or {@code
   * custom}.
   */
  public String name() {
    return name;
  }

  HttpTransport create(TransportSettings settings) {
    return factory.apply(settings);
  }

  @Override
  public String toString() {
    return name;
  }

  private static void require(String name, String artifact, String... classNames) {
    try {
      for (String className : classNames) {
        Class.forName(className, false, HttpClientChoice.class.getClassLoader());
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "The "
              + name
              + " HTTP client was chosen but is not on the class path: add the dependency "
              + artifact
              + ", or use HttpClientChoice.jdk()",
          e);
    }
  }
}
