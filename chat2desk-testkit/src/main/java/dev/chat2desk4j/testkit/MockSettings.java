package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Chat2DeskMockExtension} starts: equal settings mean the same server may serve, as
 * when JUnit makes a new extension instance per test instance.
 *
 * @param token the primary account's token, used by the injected client
 * @param seeds the primary account's data
 * @param otherAccounts further accounts, token to data
 * @param clock the server's clock
 * @param httpClient the HTTP client of the injected client
 * @param lifecycle when a server starts and stops
 */
record MockSettings(
    String token,
    List<Seed> seeds,
    Map<String, List<Seed>> otherAccounts,
    Clock clock,
    HttpClientChoice httpClient,
    Lifecycle lifecycle) {

  /** When servers start and stop. */
  enum Lifecycle {
    /** Per class for a static field or {@code @ExtendWith}, per test for an instance field. */
    BY_FIELD,
    /** One server for the test class, reset before each test. */
    PER_CLASS,
    /** A new server for each test. */
    PER_TEST
  }

  /**
   * Whether a server started with these settings serves a test configured with {@code other}: all
   * equal but the HTTP client choice, which is compared by name because each builder makes its own.
   */
  boolean servesLike(MockSettings other) {
    return token.equals(other.token)
        && seeds.equals(other.seeds)
        && otherAccounts.equals(other.otherAccounts)
        && clock.equals(other.clock)
        && httpClient.name().equals(other.httpClient.name());
  }

  Chat2DeskMockServer.Builder serverBuilder() {
    Chat2DeskMockServer.Builder builder = Chat2DeskMockServer.builder().clock(clock).token(token);
    seeds.forEach(seed -> builder.token(token, seed));
    otherAccounts.forEach(
        (other, data) -> {
          builder.token(other);
          data.forEach(seed -> builder.token(other, seed));
        });
    return builder;
  }
}
