package dev.chat2desk4j.mock.fault;

import java.util.Map;

/**
 * What a fault rule does to a call it matches: one type per kind, each with its behaviour in {@link
 * #apply(FaultedCall)}. Make one through {@link FaultRuleBuilder}.
 */
public sealed interface Fault
    permits Respond, Delay, DropBeforeReading, AcceptThenStall, StoreThenDrop {

  /** Runs the call with this fault. */
  void apply(FaultedCall call);

  /**
   * The fault as the admin API shows it: {@code action} with the kind's wire name, then the kind's
   * own values under their wire names.
   */
  Map<String, Object> describe();
}
