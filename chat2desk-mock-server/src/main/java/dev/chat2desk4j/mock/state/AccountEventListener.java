package dev.chat2desk4j.mock.state;

/**
 * Receives every {@link AccountEvent} of a {@link MockState}'s accounts. Called under the account's
 * lock, in the order of the changes: it must be quick and must not wait (a webhook dispatcher only
 * queues the event).
 */
@FunctionalInterface
public interface AccountEventListener {

  /** An event happened in an account. */
  void on(MockAccount account, AccountEvent event);
}
