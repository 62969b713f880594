package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import java.util.Optional;

/**
 * What a {@link Chat2DeskContract} needs from the implementation it tests: the {@link Chat2Desk}
 * under test, two empty accounts, and a way to seed each. A new environment is made for every test
 * and closed after it.
 */
public interface ContractEnvironment extends AutoCloseable {

  /** The implementation under test, acting as the {@linkplain #primaryToken() primary account}. */
  Chat2Desk chat2desk();

  /** The token of the account {@link #chat2desk()} acts as; the account starts empty. */
  String primaryToken();

  /**
   * The token of a second, empty account, for tenant-isolation tests through {@link
   * Chat2Desk#withToken(String)}.
   */
  String otherToken();

  /**
   * The seeder of one of the two accounts.
   *
   * @param token {@link #primaryToken()} or {@link #otherToken()}
   * @return a seeder writing into that account
   */
  AccountSeeder seed(String token);

  /**
   * A way to make the system fail as the API fails (error statuses, dropped connections), for the
   * contract's error cases; empty (the default) skips those tests, as for a system without HTTP.
   */
  default Optional<FaultInjector> faults() {
    return Optional.empty();
  }

  /** Releases what the environment started; the default does nothing. */
  @Override
  default void close() {}
}
