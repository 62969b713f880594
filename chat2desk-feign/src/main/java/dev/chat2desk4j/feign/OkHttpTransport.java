package dev.chat2desk4j.feign;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Builds the OkHttp transport. Only {@link HttpClientChoice#okHttp()} loads this class, so the
 * library works without OkHttp on the class path.
 */
final class OkHttpTransport {

  private OkHttpTransport() {}

  static HttpTransport create(TransportSettings settings) {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(settings.effectiveConnectTimeout())
            .readTimeout(settings.effectiveReadTimeout())
            .writeTimeout(settings.effectiveReadTimeout())
            // The default for calls; OkHttpCallClient sets each call's own budget.
            .callTimeout(settings.callTimeout())
            .followRedirects(false)
            .followSslRedirects(false)
            // OkHttp would otherwise silently repeat a POST on a dropped connection and send a
            // customer message twice; retries belong to the resilience module.
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(OkHttpTransport::hideImmediateRetryAfter);
    if (settings.proxyAddress() != null) {
      builder.proxy(settings.proxy());
    }
    OkHttpClient okHttp = builder.build();
    return new HttpTransport(
        "okhttp",
        new OkHttpCallClient(okHttp, settings),
        settings.options(),
        () -> {
          okHttp.dispatcher().executorService().shutdown();
          okHttp.connectionPool().evictAll();
        });
  }

  /**
   * OkHttp repeats a 503 answer carrying {@code Retry-After: 0} on its own; removing that header
   * keeps the one-request-per-call rule. A 503 exposes no wait to callers, so nothing is lost.
   */
  private static Response hideImmediateRetryAfter(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() == 503 && retryAfter != null && retryAfter.trim().matches("0+")) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }
}
