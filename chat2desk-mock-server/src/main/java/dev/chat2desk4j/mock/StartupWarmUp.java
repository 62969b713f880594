package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.Seed;
import org.slf4j.LoggerFactory;

/**
 * Runs one list request through the routes on a scratch state, on a thread of its own, while the
 * standalone server parses its command line and starts Jetty: loading and initializing Jackson and
 * the routes then happens on the other core instead of inside the first real request. Touches
 * nothing the server serves: the scratch state is thrown away.
 */
final class StartupWarmUp {

  private static final String TOKEN = "startup-warm-up";

  private StartupWarmUp() {}

  static void startInBackground() {
    Thread thread = new Thread(StartupWarmUp::run, "chat2desk-mock-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns whether both warm-up requests were answered. */
  static boolean run() {
    try {
      MockState scratch = MockState.create();
      scratch.addAccount(TOKEN, Seed.demo());
      ApiRoutes routes = new ApiRoutes(scratch);
      routes.handle(request("/v1/clients", "limit=20"));
      routes.handle(request("/v1/messages", "client_id=1&limit=20&order=desc"));
      return true;
    } catch (RuntimeException e) {
      // Only time is lost: the first real request does this work itself.
      LoggerFactory.getLogger(StartupWarmUp.class).debug("Warm-up failed", e);
      return false;
    }
  }

  private static ApiRequest request(String path, String query) {
    return new ApiRequest("GET", path, query, null, new byte[0], TOKEN);
  }
}
