package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateDialog;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.NewClient;
import java.util.Objects;

/**
 * An {@link AccountSeeder} that writes straight into one account of a {@link MockState}: the back
 * door of both the fake server and {@link InMemoryChat2Desk}.
 *
 * <p>Thread-safe, as the state is.
 */
public final class MockStateSeeder implements AccountSeeder {

  private final MockState state;
  private final String token;

  private MockStateSeeder(MockState state, String token) {
    this.state = state;
    this.token = token;
  }

  /**
   * A seeder of the account of {@code token} in {@code state}.
   *
   * @param state the state, such as {@code server.state()}
   * @param token the token of a registered account
   * @throws IllegalArgumentException when no account is registered for the token
   */
  public static MockStateSeeder of(MockState state, String token) {
    Objects.requireNonNull(state, "state");
    state.account(token);
    return new MockStateSeeder(state, token);
  }

  @Override
  public long createClient(String name, String phone) {
    return account().createClient(name, phone).id();
  }

  @Override
  public long createClientOnChannel(String name, String phone, Transport transport) {
    MockAccount account = account();
    synchronized (account) {
      long channel =
          account.addChannel("Channel " + (account.channels().size() + 1), transport).id();
      return account.createClient(NewClient.of(name, phone).withChannelId(channel)).id();
    }
  }

  @Override
  public long addOperator(String name) {
    return account().addOperator(name).id();
  }

  @Override
  public void receiveMessage(long clientId, String text) {
    account().receiveMessage(clientId, text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the client has no dialog yet
   */
  @Override
  public long transferDialog(long clientId, long toOperatorId) {
    MockAccount account = account();
    long dialogId =
        account
            .latestDialogOf(clientId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Client " + clientId + " has no dialog: let it write or write to it first"))
            .id();
    account.updateDialog(UpdateDialog.of(dialogId).withOperatorId(toOperatorId));
    return dialogId;
  }

  private MockAccount account() {
    return state.account(token);
  }
}
