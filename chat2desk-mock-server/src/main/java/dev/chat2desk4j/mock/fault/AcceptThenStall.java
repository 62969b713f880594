package dev.chat2desk4j.mock.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Handles the call (a message is stored), then waits before answering: a caller whose timeout is
 * shorter gives up although the API acted.
 *
 * @param stall the wait between handling and answering
 */
public record AcceptThenStall(Duration stall) implements Fault {

  @Override
  public void apply(FaultedCall call) {
    call.handle();
    call.pause(stall);
    call.answer();
  }

  @Override
  public Map<String, Object> describe() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("action", "accept_then_delay");
    view.put("delay_ms", stall.toMillis());
    return view;
  }
}
