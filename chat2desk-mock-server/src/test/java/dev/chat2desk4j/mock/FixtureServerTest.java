package dev.chat2desk4j.mock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class whose tests share one {@link Fixtures} server, started before the first test and
 * closed after the last, with an {@link Http} client for {@link Fixtures#TOKEN}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureServerTest {

  Chat2DeskMockServer server;
  Http http;

  @BeforeAll
  void startFixtureServer() {
    server = Fixtures.start();
    http = new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  @AfterAll
  void closeFixtureServer() {
    server.close();
  }
}
