package dev.chat2desk4j.feign;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;

/** Builds the default transport on the JDK's {@code java.net.http.HttpClient}. */
final class JdkTransport {

  private JdkTransport() {}

  static HttpTransport create(TransportSettings settings) {
    // The JDK client has one per-request timeout, which ends with the answer's headers; JdkClient
    // passes the read timeout there and bounds the body itself.
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(settings.effectiveConnectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // JdkClient reads answers with CappedSubscriber, whose steps never block, so they can
            // run on the client's selector thread. The default pool hands every answer to one of
            // its threads before waking the caller: a thread hand-off per call, tens of
            // microseconds on loopback (BENCHMARKS.md section 3).
            .executor(Runnable::run)
            // Plain-text HTTP/2 would need an h2c upgrade that many servers and proxies mishandle.
            .version(settings.secure() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    InetSocketAddress proxy = settings.proxyAddress();
    if (proxy != null) {
      builder.proxy(ProxySelector.of(proxy));
    }
    HttpClient http = builder.build();
    return new HttpTransport(
        "jdk", new JdkClient(http, settings), settings.options(), () -> close(http));
  }

  /**
   * Java 21 made HttpClient closeable; on Java 17 it cannot be closed and its threads end when it
   * becomes unreachable.
   */
  private static void close(HttpClient http) {
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        FeignSetup.LOG.warn("Closing the JDK HttpClient failed", e);
      }
    }
  }
}
