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

  /** The JDK's {@code java.net.http.HttpClient}: the default, with no extra dependency. */
  public static HttpClientChoice jdk() {
    return new HttpClientChoice("jdk", JdkTransport::create);
  }

  /**
   * OkHttp, with its connection pool shared by every token view of a client.
   *
   * @throws IllegalStateException when {@code io.github.openfeign:feign-okhttp} is not on the class
   *     path
   */
  public static HttpClientChoice okHttp() {
    require(
        "okhttp",
        "io.github.openfeign:feign-okhttp",
        "feign.okhttp.OkHttpClient",
        "okhttp3.OkHttpClient");
    return new HttpClientChoice("okhttp", settings -> OkHttpTransport.create(settings));
  }

  /**
   * Apache HttpClient 5 with a pooling connection manager shared by every token view of a client.
   *
   * @throws IllegalStateException when {@code io.github.openfeign:feign-hc5} is not on the class
   *     path
   */
  public static HttpClientChoice apacheHc5() {
    require(
        "apache-hc5",
        "io.github.openfeign:feign-hc5",
        "feign.hc5.ApacheHttp5Client",
        "org.apache.hc.client5.http.impl.classic.HttpClients");
    return new HttpClientChoice("apache-hc5", settings -> Hc5Transport.create(settings));
  }

  /**
   * A Feign client you built and configured yourself. The connect and read timeouts of the builder
   * still apply per request; proxy settings, the call timeout and closing are up to you: closing
   * the {@link FeignChat2Desk} leaves this client open.
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
