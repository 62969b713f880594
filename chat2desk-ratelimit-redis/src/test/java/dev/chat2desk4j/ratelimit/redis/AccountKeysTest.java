package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AccountKeysTest {

  private static final byte[] SECRET =
      "a secret of the whole fleet".getBytes(StandardCharsets.UTF_8);

  @Test
  void key_isThePrefixAndTheHexHmacSha256OfTheToken() {
    // The widely published HMAC-SHA256 example for the key "key" and this text.
    AccountKeys keys = new AccountKeys("key".getBytes(StandardCharsets.UTF_8));

    assertThat(keys.key("The quick brown fox jumps over the lazy dog"))
        .isEqualTo(
            "chat2desk4j:rl:f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void key_sameSecretAndToken_sameKeyInEveryInstance() {
    assertThat(new AccountKeys(SECRET).key("token-a"))
        .isEqualTo(new AccountKeys(SECRET.clone()).key("token-a"));
  }

  @Test
  void key_anotherSecretOrToken_anotherKey_neverTheToken() {
    String key = new AccountKeys(SECRET).key("token-a");

    assertThat(key)
        .isNotEqualTo(new AccountKeys(SECRET).key("token-b"))
        .isNotEqualTo(new AccountKeys("another secret of a fleet".getBytes()).key("token-a"))
        .doesNotContain("token-a");
  }
}
