package dev.chat2desk4j.mock.fault;

import java.util.Map;

/**
 * Handles the call (a message is stored), then ends it without an answer: the caller cannot tell
 * whether the API acted.
 */
public record StoreThenDrop() implements Fault {

  @Override
  public void apply(FaultedCall call) {
    call.handle();
    call.drop();
  }

  @Override
  public Map<String, Object> describe() {
    return Map.of("action", "store_then_drop");
  }
}
