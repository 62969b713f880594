package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;

/**
 * A started fake server with the client pointed at it, as the extension keeps them in a JUnit
 * store. Closed by the extension at the end of its scope, or by JUnit when the store closes.
 *
 * @param server the started server
 * @param client the client for the primary token
 * @param settings the configuration that started it
 * @param ownerId the unique id of the extension context that started it and must close it
 */
record RunningMock(
    Chat2DeskMockServer server, FeignChat2Desk client, MockSettings settings, String ownerId)
    implements AutoCloseable {

  static RunningMock start(MockSettings settings, String ownerId) {
    Chat2DeskMockServer server = settings.serverBuilder().build().start();
    try {
      FeignChat2Desk client =
          FeignChat2Desk.builder()
              .token(settings.token())
              .baseUrl(server.baseUrl())
              .httpClient(settings.httpClient())
              .build();
      return new RunningMock(server, client, settings, ownerId);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /**
   * A view of the client for the primary token, whose {@code close()} leaves the shared client
   * open: what tests get, so that a test closing it cannot break the tests after it.
   */
  FeignChat2Desk view() {
    return client.withToken(settings.token());
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
