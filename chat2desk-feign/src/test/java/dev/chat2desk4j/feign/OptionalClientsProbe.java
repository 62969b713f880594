package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Chat2Desk;
import java.net.URI;
import java.util.function.Function;

/**
 * Runs inside a class loader without OkHttp and HttpClient 5 (see {@link
 * WithoutOptionalClientsTest}): reports which clients are available and lists clients through the
 * default one. Only JDK types cross the class-loader boundary.
 */
public final class OptionalClientsProbe implements Function<String, String> {

  @Override
  public String apply(String baseUrl) {
    StringBuilder report = new StringBuilder();
    report.append("okhttp=").append(available(HttpClientChoice::okHttp)).append(';');
    report.append("hc5=").append(available(HttpClientChoice::apacheHc5)).append(';');
    try (Chat2Desk client =
        FeignChat2Desk.builder().token("probe-token").baseUrl(URI.create(baseUrl)).build()) {
      report.append("total=").append(client.listClients().total().orElse(-1));
    }
    return report.toString();
  }

  private static String available(Runnable choose) {
    try {
      choose.run();
      return "available";
    } catch (IllegalStateException e) {
      return e.getMessage().contains("io.github.openfeign:feign-") ? "missing" : "wrong message";
    }
  }
}
