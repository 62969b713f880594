package dev.chat2desk4j.testkit;

import dev.chat2desk4j.mock.state.MockState;
import java.util.Optional;

/**
 * A {@link ContractEnvironment} for {@link InMemoryChat2Desk}: a new state with two empty accounts,
 * the fake's fault rules, and no HTTP at all.
 */
public final class InMemoryEnvironment implements ContractEnvironment {

  /** The token of the account the client under test acts as. */
  public static final String PRIMARY_TOKEN = "in-memory-primary-token";

  /** The token of the second account, for tenant isolation. */
  public static final String OTHER_TOKEN = "in-memory-other-token";

  private final MockState state;
  private final InMemoryChat2Desk chat2desk;

  private InMemoryEnvironment() {
    this.state = MockState.create();
    state.addAccount(PRIMARY_TOKEN);
    state.addAccount(OTHER_TOKEN);
    this.chat2desk = InMemoryChat2Desk.of(state, PRIMARY_TOKEN);
  }

  /** A new environment with its own state. */
  public static InMemoryEnvironment create() {
    return new InMemoryEnvironment();
  }

  @Override
  public InMemoryChat2Desk chat2desk() {
    return chat2desk;
  }

  @Override
  public String primaryToken() {
    return PRIMARY_TOKEN;
  }

  @Override
  public String otherToken() {
    return OTHER_TOKEN;
  }

  /** The in-memory client's fault rules: the same fault stage as the HTTP fake's. */
  @Override
  public Optional<FaultInjector> faults() {
    return Optional.of(new RuleInjector(chat2desk.faults()));
  }

  @Override
  public AccountSeeder seed(String token) {
    return MockStateSeeder.of(state, token);
  }

  @Override
  public void close() {
    chat2desk.close();
  }
}
