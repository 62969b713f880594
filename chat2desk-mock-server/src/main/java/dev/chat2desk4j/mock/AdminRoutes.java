package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.state.WireErrors;

/**
 * The admin API under {@code /__admin}: health, reset, seed, journal, faults, incoming messages.
 */
final class AdminRoutes {

  private final Chat2DeskMockServer server;

  AdminRoutes(Chat2DeskMockServer server) {
    this.server = server;
  }

  Reply handle(ApiRequest request) {
    if (request.path().equals("/__admin/health")) {
      return Reply.json(200, "{\"status\":\"ok\"}");
    }
    return Reply.json(404, Json.error(WireErrors.pageNotFound()));
  }
}
