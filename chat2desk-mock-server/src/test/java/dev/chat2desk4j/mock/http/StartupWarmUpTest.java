package dev.chat2desk4j.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

  @Test
  void run_answersItsScratchRequests() {
    // The warm-up swallows failures so startup never breaks; this keeps it from rotting silently.
    assertThat(StartupWarmUp.run()).isTrue();
  }
}
