package dev.chat2desk4j.mock.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waits, then handles and answers the call normally.
 *
 * @param delay the wait
 */
public record Delay(Duration delay) implements Fault {

  @Override
  public void apply(FaultedCall call) {
    call.pause(delay);
    call.handle();
    call.answer();
  }

  @Override
  public Map<String, Object> describe() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("action", "delay");
    view.put("delay_ms", delay.toMillis());
    return view;
  }
}
