package dev.chat2desk4j.mock.fault;

import dev.chat2desk4j.api.Operation;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/** A registered fault rule: how often it may still fire, how often it did, and its removal. */
public final class FaultRule {

  private final long id;
  private final Operation operation;
  private final String method;
  private final String pathPattern;
  private final Fault fault;
  private final AtomicInteger remaining;
  private final double probability;
  private final AtomicLong fired = new AtomicLong();
  private final Faults owner;

  FaultRule(long id, FaultRuleBuilder builder, Faults owner) {
    this.id = id;
    this.operation = builder.operation;
    this.method = builder.method;
    this.pathPattern = builder.pathPattern;
    this.fault = builder.fault();
    this.remaining = builder.times < 0 ? null : new AtomicInteger(builder.times);
    this.probability = builder.probability;
    this.owner = owner;
  }

  /** The rule's id, unique within its server. */
  public long id() {
    return id;
  }

  /** How many more times the rule fires, or empty when it has no count. */
  public OptionalInt remaining() {
    return remaining == null ? OptionalInt.empty() : OptionalInt.of(remaining.get());
  }

  /** How many requests the rule has hit so far. */
  public long fired() {
    return fired.get();
  }

  /** Removes the rule; it no longer fires. Returns whether it was still registered. */
  public boolean remove() {
    return owner.remove(this);
  }

  /** The operation whose calls the rule matches; empty for a rule on a method and path. */
  public Optional<Operation> operation() {
    return Optional.ofNullable(operation);
  }

  /** The HTTP method the rule matches, or {@code *} for any (also for an operation's rule). */
  public String method() {
    return method;
  }

  /** The path pattern the rule matches, {@code *} standing for any characters. */
  public String pathPattern() {
    return pathPattern;
  }

  /** The chance that the rule fires for a matching call, 0 to 1. */
  public double probability() {
    return probability;
  }

  /** What the rule does to a call it fires for. */
  public Fault fault() {
    return fault;
  }

  boolean matches(Operation callOperation, String callMethod, String callPath) {
    if (operation != null) {
      return operation == callOperation;
    }
    return (method.equals("*") || method.equalsIgnoreCase(callMethod))
        && globMatches(pathPattern, callPath);
  }

  boolean tryFire(DoubleSupplier roll) {
    if (probability < 1.0 && roll.getAsDouble() >= probability) {
      return false;
    }
    if (remaining != null) {
      int left = remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0);
      if (left <= 0) {
        return false;
      }
      if (left == 1) {
        owner.remove(this);
      }
    }
    fired.incrementAndGet();
    return true;
  }

  /**
   * Whether the text matches a pattern where {@code *} stands for any characters. Hand-written
   * rather than a regex of {@code .*} parts, whose backtracking grows exponentially with the stars:
   * a pattern such as {@code /*a*a*a*a*a*a*a*a*b} set through the admin API stalled every request
   * (see {@code FaultsTest}). This backtracks only to the last star: at most text × pattern steps.
   */
  static boolean globMatches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int starText = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        starText = t;
      } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1; // let the last star take one more character
        t = ++starText;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  @Override
  public String toString() {
    String target = operation != null ? operation.methodName() : method + " " + pathPattern;
    return "FaultRule[" + id + ": " + target + " -> " + fault.describe().get("action") + "]";
  }
}
