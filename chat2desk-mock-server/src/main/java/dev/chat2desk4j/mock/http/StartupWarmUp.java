package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.Seed;
import org.slf4j.LoggerFactory;

/**
 * Runs two list requests through their routes on a scratch state, on a thread of its own, while the
 * standalone server parses its command line and starts Jetty: loading and initializing Jackson and
 * the routes then happens on the other core instead of inside the first real request. Touches
 * nothing the server serves: the scratch state is thrown away. Not API: public for the command.
 */
public final class StartupWarmUp {

  private StartupWarmUp() {}

  /** Starts the warm-up on a daemon thread and returns. */
  public static void startInBackground() {
    Thread thread = new Thread(StartupWarmUp::run, "chat2desk-mock-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns whether both warm-up requests were answered. */
  static boolean run() {
    try {
      MockAccount account = MockState.create().addAccount("startup-warm-up", Seed.demo());
      answer(account, Operation.LIST_CLIENTS, "limit=20");
      answer(account, Operation.LIST_MESSAGES, "client_id=1&limit=20&order=desc");
      return true;
    } catch (RuntimeException e) {
      // Only time is lost: the first real request does this work itself.
      LoggerFactory.getLogger(StartupWarmUp.class).debug("Warm-up failed", e);
      return false;
    }
  }

  private static void answer(MockAccount account, Operation operation, String query) {
    ApiRouteTable.of(operation).answer(account, Params.parse("GET", query, null, new byte[0]));
  }
}
