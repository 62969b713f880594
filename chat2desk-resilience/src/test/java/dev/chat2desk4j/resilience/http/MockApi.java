package dev.chat2desk4j.resilience.http;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.journal.JournalEntry;
import dev.chat2desk4j.mock.state.MockState;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The fake API over real HTTP on 127.0.0.1, and Feign clients for it. */
final class MockApi {

  static final String TOKEN = "token-a";

  /** Generous, so that a cold JVM's first request never times out by accident. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  private MockApi() {}

  static Chat2DeskMockServer start() {
    return Chat2DeskMockServer.builder().token(TOKEN).build().start();
  }

  /** A server on a given port serving an existing state, as a restarted API would. */
  static Chat2DeskMockServer restart(int port, MockState state) {
    return Chat2DeskMockServer.builder().port(port).state(state).build().start();
  }

  static Chat2Desk feign(URI baseUrl) {
    return feign(baseUrl, READ_TIMEOUT);
  }

  static Chat2Desk feign(URI baseUrl, Duration readTimeout) {
    return FeignChat2Desk.builder()
        .token(TOKEN)
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(readTimeout)
        .callTimeout(readTimeout.plusSeconds(1))
        .build();
  }

  /** Creates a client in the account and answers its id. */
  static long customer(MockState state) {
    return state.account(TOKEN).createClient("Anna", "79001234567").id();
  }

  static List<JournalEntry> requests(Chat2DeskMockServer server, String method, String path) {
    return server.journal().stream()
        .filter(entry -> entry.method().equals(method) && entry.path().equals(path))
        .toList();
  }

  static List<Integer> statuses(Chat2DeskMockServer server, String method, String path) {
    return requests(server, method, path).stream().map(JournalEntry::status).toList();
  }

  /** No test waits for a permit. */
  static RateLimiterConfig unlimited() {
    return RateLimiterConfig.custom()
        .limitForPeriod(100_000)
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(Duration.ZERO)
        .build();
  }
}
