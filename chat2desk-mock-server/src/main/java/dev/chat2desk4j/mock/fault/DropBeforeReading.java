package dev.chat2desk4j.mock.fault;

import java.util.Map;

/**
 * Ends the call without an answer before handling it: the state does not change, as when the
 * connection broke before the API read the request.
 */
public record DropBeforeReading() implements Fault {

  @Override
  public void apply(FaultedCall call) {
    call.drop();
  }

  @Override
  public Map<String, Object> describe() {
    return Map.of("action", "drop_connection");
  }
}
