package dev.chat2desk4j.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminGuardTokenTest {

  @Test
  void adminToken_neverPrinted() {
    assertThat(new AdminGuard("secret-admin").toString()).doesNotContain("secret-admin");
  }
}
