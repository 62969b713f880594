package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountGuardsTest {

  private final AccountGuards accounts =
      new AccountGuards(
          "chat2desk",
          2,
          ResilienceDefaults.circuitBreakerConfig(),
          ResilienceDefaults.rateLimiterConfig(),
          ResilienceDefaults.bulkheadConfig(),
          null);

  @Test
  void of_sameToken_sameGuards() {
    assertThat(accounts.of("token-a")).isSameAs(accounts.of("token-a"));
    assertThat(accounts.of("token-a")).isNotSameAs(accounts.of("token-b"));
  }

  @Test
  void of_moreAccountsThanTheBound_keepsTheMostRecentlyViewed() {
    Guards first = accounts.of("token-a");
    accounts.of("token-b");
    accounts.of("token-a");

    accounts.of("token-c");

    assertThat(accounts.size()).isEqualTo(2);
    assertThat(accounts.of("token-a")).as("viewed recently, kept").isSameAs(first);
  }

  @Test
  void guards_areNamedByAShortDigestNeverTheToken() {
    Guards guards = accounts.of("s3cret-token");

    assertThat(guards.circuitBreaker().getName())
        .matches("chat2desk@[0-9a-f]{8}")
        .doesNotContain("s3cret");
    assertThat(guards.rateLimiter().getName()).isEqualTo(guards.circuitBreaker().getName());
    assertThat(AccountGuards.shortId("s3cret-token"))
        .isEqualTo(guards.circuitBreaker().getName().substring("chat2desk@".length()));
  }
}
