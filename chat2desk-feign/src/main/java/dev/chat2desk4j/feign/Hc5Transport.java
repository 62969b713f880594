package dev.chat2desk4j.feign;

import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 transport. Only {@link HttpClientChoice#apacheHc5()} loads this
 * class, so the library works without HttpClient 5 on the class path.
 */
final class Hc5Transport {

  /** HttpClient's own default of 5 connections per host is too few for a shared client. */
  static final int MAX_CONNECTIONS = 64;

  private Hc5Transport() {}

  static HttpTransport create(TransportSettings settings) {
    Timeout connect = timeout(settings.effectiveConnectTimeout().toMillis());
    Timeout read = timeout(settings.effectiveReadTimeout().toMillis());
    PoolingHttpClientConnectionManager connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setConnectionFactory(QuietHc5Connection.FACTORY)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(connect)
                    .setSocketTimeout(read)
                    .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                    .build())
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setMaxConnTotal(MAX_CONNECTIONS)
            .build();
    // HttpClient has no whole-call deadline: Hc5Client aborts each call at its budget, and these
    // bound the wait for a pooled connection and every wait for the answer within it.
    RequestConfig requests =
        RequestConfig.custom()
            .setConnectionRequestTimeout(timeout(settings.callTimeout().toMillis()))
            .setResponseTimeout(read)
            .setRedirectsEnabled(false)
            .build();
    var builder =
        HttpClients.custom()
            .setConnectionManager(connections)
            .setDefaultRequestConfig(requests)
            // The default strategy repeats idempotent calls and honours Retry-After on 429/503
            // by itself; retries belong to the resilience module.
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement();
    InetSocketAddress proxy = settings.proxyAddress();
    if (proxy != null) {
      builder.setProxy(new HttpHost(proxy.getHostString(), proxy.getPort()));
    }
    CloseableHttpClient http = builder.build();
    ScheduledThreadPoolExecutor deadlines =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "chat2desk4j-hc5-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    // Nearly every call ends before its deadline: drop its abort at once rather than at its time.
    deadlines.setRemoveOnCancelPolicy(true);
    return new HttpTransport(
        "apache-hc5",
        new Hc5Client(http, requests, deadlines, settings),
        settings.options(),
        () -> {
          deadlines.shutdownNow();
          // Graceful closing lingers about a second per kept-alive connection; calls still in
          // flight fail, which close() allows.
          http.close(CloseMode.IMMEDIATE);
        });
  }

  private static Timeout timeout(long millis) {
    return Timeout.of(millis, TimeUnit.MILLISECONDS);
  }
}
