package dev.chat2desk4j.mock.fault;

import dev.chat2desk4j.api.Operation;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The fault rules of a fake: for the calls of an operation, or of a method and path, answer a
 * status, add latency, drop the connection, store and drop, or store and answer slowly. Start a
 * rule with {@link #on(Operation)} or {@link #on(String, String)}; rules are tried oldest first and
 * the first that fires applies, once per call. The HTTP fake never faults its admin paths.
 *
 * <p>A rule takes effect only when its terminal call ({@code once()}, {@code times(n)}, {@code
 * always()} or {@code withProbability(p)}) registers it. A rule started on a thread and left
 * without one is an error, reported by the next {@link #on(Operation)}, {@link #clear()} or {@link
 * #checkNoUnfinishedRule()} on that thread (the server's {@code verify()} and {@code reset()}, the
 * test extension after each test, and an in-process fake's call run the check), so that a forgotten
 * terminal never passes silently.
 *
 * <p>Thread-safe.
 */
public final class Faults {

  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final RandomGenerator random;
  // Per thread: a builder may be used from one thread, and two threads building rules at once
  // must not report each other's rule as unfinished.
  private final ThreadLocal<FaultRuleBuilder> unfinished = new ThreadLocal<>();

  private Faults(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** An empty set of rules whose probabilities draw from an unseeded generator. */
  public static Faults create() {
    return new Faults(new SplittableRandom());
  }

  /** An empty set of rules whose probabilities draw from {@code random}, for repeatable tests. */
  public static Faults create(RandomGenerator random) {
    return new Faults(random);
  }

  /** Starts a rule for the calls of one operation, however their path is spelled. */
  public FaultRuleBuilder on(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    checkNoUnfinishedRule();
    return started(new FaultRuleBuilder(this, operation, "*", "*"));
  }

  /**
   * Starts a rule for a method and a path pattern.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param pathPattern the path, where {@code *} stands for any characters, such as {@code
   *     /v1/clients*}
   */
  public FaultRuleBuilder on(String method, String pathPattern) {
    checkNoUnfinishedRule();
    return started(new FaultRuleBuilder(this, null, method, pathPattern));
  }

  /**
   * Fails when this thread started a rule and did not register it, then forgets that rule so that
   * the error is reported once.
   *
   * @throws IllegalStateException naming the rule and the terminal call it lacks
   */
  public void checkNoUnfinishedRule() {
    FaultRuleBuilder builder = unfinished.get();
    if (builder != null) {
      unfinished.remove();
      throw new IllegalStateException(
          "The fault rule "
              + builder.describe()
              + " was never registered: end it with once(), times(n), always() or"
              + " withProbability(p), or it does nothing");
    }
  }

  /** The rules in force, oldest first. */
  public List<FaultRule> rules() {
    return List.copyOf(rules);
  }

  /**
   * Removes every rule.
   *
   * @throws IllegalStateException as {@link #checkNoUnfinishedRule()} does, after removing them
   */
  public void clear() {
    rules.clear();
    checkNoUnfinishedRule();
  }

  /**
   * The fault of the first rule that fires for a call, or null; consumes one use of that rule.
   *
   * @param operation the call's operation, or null for a path that has none
   * @param method the HTTP method, upper case
   * @param path the path, without its query
   */
  public Fault fire(Operation operation, String method, String path) {
    for (FaultRule rule : rules) {
      if (rule.matches(operation, method, path) && rule.tryFire(this::roll)) {
        return rule.fault();
      }
    }
    return null;
  }

  /** The builder is finished or abandoned (its own check threw): nothing to report. */
  void forget(FaultRuleBuilder builder) {
    if (unfinished.get() == builder) {
      unfinished.remove();
    }
  }

  private FaultRuleBuilder started(FaultRuleBuilder builder) {
    unfinished.set(builder);
    return builder;
  }

  FaultRule add(FaultRuleBuilder builder) {
    forget(builder);
    FaultRule rule = new FaultRule(ids.incrementAndGet(), builder, this);
    rules.add(rule);
    return rule;
  }

  boolean remove(FaultRule rule) {
    return rules.remove(rule);
  }

  private double roll() {
    synchronized (random) {
      return random.nextDouble();
    }
  }
}
