package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateDialog;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.NewClient;
import dev.chat2desk4j.mock.state.SeedChannel;
import dev.chat2desk4j.mock.state.SeedOperator;
import dev.chat2desk4j.mock.state.SeedTemplate;
import java.util.List;
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

  @Override
  public long addOperator(OperatorProfile operator) {
    return account()
        .addOperator(
            new SeedOperator(
                operator.name(),
                operator.email(),
                operator.phone(),
                operator.role(),
                operator.online(),
                operator.status()))
        .id();
  }

  @Override
  public long addOperatorGroup(String name, List<Long> operatorIds) {
    return account().reference().operators().addGroup(name, operatorIds).id();
  }

  @Override
  public long addChannel(String name, String phone, List<Transport> transports) {
    return account().addChannel(new SeedChannel(name, phone, transports)).id();
  }

  @Override
  public long addTag(String label, String groupName, String description) {
    return account().reference().tags().add(label, groupName, description).id();
  }

  @Override
  public long addTemplate(String name, String command, String text) {
    return account().reference().templates().add(new SeedTemplate(name, command, text)).id();
  }

  @Override
  public void setMonthlyQuota(long limit, long used) {
    account().reference().usage().set(limit, used);
  }

  private MockAccount account() {
    return state.account(token);
  }
}
