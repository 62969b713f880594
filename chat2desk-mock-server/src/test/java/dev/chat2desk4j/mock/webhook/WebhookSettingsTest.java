package dev.chat2desk4j.mock.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

  @Test
  void defaults_followTheRealSchedule() {
    WebhookSettings settings = WebhookSettings.defaults();

    assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.retryDelay(3)).isEqualTo(Duration.ofHours(2));
    assertThat(settings.retryDelay(7)).isEqualTo(Duration.ofHours(2));
    assertThat(settings.scaledDisableAfter()).isEqualTo(Duration.ofHours(5));
    assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.queueCapacity()).isEqualTo(100_000);
    assertThat(settings.allowExternalTargets()).isFalse();
  }

  @Test
  void timeScale_compressesRetriesAndDisablingButNotTheAttemptTimeout() {
    WebhookSettings settings = WebhookSettings.defaults().withTimeScale(0.0001);

    assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofMillis(1));
    assertThat(settings.scaledDisableAfter()).isEqualTo(Duration.ofMillis(1800));
    assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void badValues_throwNamingTheField() {
    WebhookSettings defaults = WebhookSettings.defaults();

    assertThatThrownBy(() -> defaults.withQueueCapacity(0)).hasMessageContaining("queueCapacity");
    assertThatThrownBy(() -> defaults.withAttemptTimeout(Duration.ZERO))
        .hasMessageContaining("attemptTimeout");
    assertThatThrownBy(() -> defaults.withRetrySchedule(List.of(), Duration.ofHours(1)))
        .hasMessageContaining("retryDelays");
    assertThatThrownBy(() -> defaults.withTimeScale(Double.NaN)).hasMessageContaining("timeScale");
    assertThatThrownBy(() -> defaults.withJournalCapacity(0))
        .hasMessageContaining("journalCapacity");
  }
}
