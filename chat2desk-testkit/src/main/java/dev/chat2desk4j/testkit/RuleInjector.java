package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.fault.Faults;
import java.time.Duration;

/** A {@link FaultInjector} that registers the fake's fault rules, over HTTP or in memory. */
final class RuleInjector implements FaultInjector {

  private final Faults faults;

  RuleInjector(Faults faults) {
    this.faults = faults;
  }

  @Override
  public void respondAlways(Operation operation, int status) {
    faults.on(operation).respond(status).always();
  }

  @Override
  public void dropConnectionAlways(Operation operation) {
    faults.on(operation).dropConnection().always();
  }

  @Override
  public void respondOnce(Operation operation, int status) {
    faults.on(operation).respond(status).once();
  }

  @Override
  public void storeThenDropAlways(Operation operation) {
    faults.on(operation).storeThenDrop().always();
  }

  @Override
  public void stallAlways(Operation operation, Duration stall) {
    faults.on(operation).acceptThenDelay(stall).always();
  }

  @Override
  public String toString() {
    return "the fake's fault rules";
  }
}
