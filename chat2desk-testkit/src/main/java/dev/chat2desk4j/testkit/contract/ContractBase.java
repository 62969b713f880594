package dev.chat2desk4j.testkit.contract;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.testkit.AccountSeeder;
import dev.chat2desk4j.testkit.ContractEnvironment;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the contract suite shares: a fresh {@link ContractEnvironment} per test,
 * closed after it, and the shortcuts the tests read through. Each resource's contract extends it;
 * {@link dev.chat2desk4j.testkit.Chat2DeskContract} runs them all.
 */
public abstract class ContractBase {

  private ContractEnvironment environment;

  /** Creates the environment for one test: the implementation and two empty, seedable accounts. */
  protected abstract ContractEnvironment createEnvironment();

  @BeforeEach
  void openEnvironment() {
    environment = createEnvironment();
  }

  @AfterEach
  void closeEnvironment() throws Exception {
    environment.close();
  }

  /** The environment of the running test. */
  protected final ContractEnvironment environment() {
    return environment;
  }

  /** The implementation under test, acting as the primary account. */
  protected final Chat2Desk chat2desk() {
    return environment.chat2desk();
  }

  /** The seeder of the primary account. */
  protected final AccountSeeder seed() {
    return environment.seed(environment.primaryToken());
  }

  /**
   * Runs a step that needs something added to the library after the first release: an operation (an
   * implementation that does not support it yet throws {@link UnsupportedOperationException} from
   * {@code execute}), or a capability added to {@link dev.chat2desk4j.testkit.FaultInjector} or
   * {@link AccountSeeder} as a default method. Where it is missing, the test is skipped rather than
   * failed, so that an adapter keeps its suite green while it catches up.
   */
  protected static void supported(Runnable step) {
    try {
      step.run();
    } catch (UnsupportedOperationException e) {
      Assumptions.abort(e.getMessage());
    }
  }

  /**
   * Answers what a step that needs a later addition answers, or skips the test where the addition
   * is missing; see {@link #supported(Runnable)}.
   */
  protected static <T> T whenSupported(Supplier<T> step) {
    try {
      return step.get();
    } catch (UnsupportedOperationException e) {
      Assumptions.abort(e.getMessage());
      throw e; // not reached: abort throws
    }
  }

  /** Seeds the client most tests start from: Anna, {@code 79001234567}. */
  protected final long anna() {
    return seed().createClient("Anna", "79001234567");
  }
}
