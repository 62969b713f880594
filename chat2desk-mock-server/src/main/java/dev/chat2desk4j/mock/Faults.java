package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Operation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The fault rules of a server: for requests of a method and path, answer a status, add latency,
 * drop the connection, or store the request and answer slowly. Start a rule with {@link
 * #on(Operation)} or {@link #on(String, String)}; rules are tried oldest first and the first that
 * fires applies, once per request. Admin paths are never faulted.
 *
 * <p>Thread-safe.
 */
public final class Faults {

  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final RandomGenerator random;

  Faults(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Starts a rule for the requests of one operation: {@code SEND_MESSAGE} is {@code POST
   * /v1/messages}, {@code LIST_MESSAGES} {@code GET /v1/messages}, {@code LIST_CLIENTS} {@code GET
   * /v1/clients}, {@code LIST_TRANSFERS} {@code GET /v1/transfers}.
   */
  public FaultRuleBuilder on(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    return switch (operation) {
      case SEND_MESSAGE -> on("POST", "/v1/messages");
      case LIST_MESSAGES -> on("GET", "/v1/messages");
      case LIST_CLIENTS -> on("GET", "/v1/clients");
      case LIST_TRANSFERS -> on("GET", "/v1/transfers");
      case GET_CLIENT -> on("GET", "/v1/clients/*");
    };
  }

  /**
   * Starts a rule for a method and a path pattern.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param pathPattern the path, where {@code *} stands for any characters, such as {@code
   *     /v1/clients*}
   */
  public FaultRuleBuilder on(String method, String pathPattern) {
    return new FaultRuleBuilder(this, method, pathPattern);
  }

  /** The rules in force, oldest first. */
  public List<FaultRule> rules() {
    return List.copyOf(rules);
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  FaultRule add(FaultRuleBuilder builder) {
    FaultRule rule = new FaultRule(ids.incrementAndGet(), builder, this);
    rules.add(rule);
    return rule;
  }

  boolean remove(FaultRule rule) {
    return rules.remove(rule);
  }

  /** Whether no rule is set, spent or not. */
  boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The action of the first rule that fires for this request, or null; consumes one use of it. */
  FaultAction fire(String method, String path) {
    for (FaultRule rule : rules) {
      if (rule.matches(method, path) && rule.tryFire(this::roll)) {
        return rule.action();
      }
    }
    return null;
  }

  private double roll() {
    synchronized (random) {
      return random.nextDouble();
    }
  }
}
