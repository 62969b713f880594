package dev.chat2desk4j.feign.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.feign.LogLevel;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfiguredClientExampleTest {

  /** Every option of the builder; each has a DEFAULT_* constant on FeignChat2Desk. */
  static FeignChat2Desk configured(String token) {
    return FeignChat2Desk.builder()
        .token(token) // required; never logged
        .baseUrl("https://api.chat2desk.com") // or a regional host, or a fake's URL
        .httpClient(HttpClientChoice.jdk()) // okHttp() or apacheHc5() with their module added
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
        .userAgent("my-app/1.0")
        .logLevel(LogLevel.BASIC)
        .maxResponseSize(16L * 1024 * 1024)
        .build();
  }

  @Test
  void configured_everyOption_buildsAClientThatHidesItsToken() {
    try (FeignChat2Desk chat2desk = configured("my-token-123")) {
      assertThat(chat2desk.toString())
          .contains("baseUrl=https://api.chat2desk.com")
          .doesNotContain("my-token-123");
    }
  }
}
