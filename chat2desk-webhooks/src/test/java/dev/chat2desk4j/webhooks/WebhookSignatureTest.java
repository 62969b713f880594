package dev.chat2desk4j.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY = "{\"hook_type\":\"inbox\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SECRET = "s3cret".getBytes(StandardCharsets.UTF_8);

  @Test
  void sign_knownVector_matchesHmacSha256Hex() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    String header =
        WebhookSignature.sign(
            "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8),
            "Jefe".getBytes(StandardCharsets.UTF_8));

    assertThat(header)
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void verify_ownSignature_isValid() {
    assertThat(WebhookSignature.verify(BODY, WebhookSignature.sign(BODY, SECRET), SECRET)).isTrue();
    assertThat(WebhookSignature.verify(BODY, WebhookSignature.sign(BODY, SECRET), "s3cret"))
        .isTrue();
  }

  @Test
  void verify_changedBodyWrongSecretOrBadHeader_isInvalid() {
    String header = WebhookSignature.sign(BODY, SECRET);
    byte[] changed = "{\"hook_type\":\"outbox\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.verify(changed, header, SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, header, "other")).isFalse();
    assertThat(WebhookSignature.verify(BODY, null, SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, "sha1=abc", SECRET)).isFalse();
    assertThat(WebhookSignature.verify(BODY, "sha256=zz", SECRET)).isFalse();
  }

  @Test
  void sign_emptySecret_throwsNamingIt() {
    assertThatThrownBy(() -> WebhookSignature.sign(BODY, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
  }
}
