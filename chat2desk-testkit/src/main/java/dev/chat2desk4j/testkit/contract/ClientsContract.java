package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.Transport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the client operations do: {@code listClients} and {@code clients().get(id)}. */
public abstract class ClientsContract extends ContractBase {

  @Test
  @DisplayName("reads one client with its fields and the channels it can be reached through")
  void getClient_onAChannel_answersItWithItsChannels() {
    long[] id = new long[1];
    supported(
        () -> id[0] = seed().createClientOnChannel("Anna", "79001234567", Transport.TELEGRAM));

    Client client = getClient(id[0]);

    assertThat(client.id()).isEqualTo(id[0]);
    assertThat(client.phone()).isEqualTo("79001234567");
    assertThat(client.displayName()).isEqualTo("Anna");
    assertThat(client.channels()).hasSize(1);
    assertThat(client.channels().get(0).id()).isPositive();
    assertThat(client.channels().get(0).transports()).containsExactly(Transport.TELEGRAM);
  }

  @Test
  @DisplayName(
      "reads a client without channels with an empty channel list, and lists leave them out")
  void getClient_withoutChannel_answersNoChannels() {
    long anna = anna();

    assertThat(getClient(anna).channels()).isEmpty();
    assertThat(chat2desk().listClients().items().get(0).channels()).isEmpty();
  }

  @Test
  @DisplayName("rejects an unknown client id with NotFoundException")
  void getClient_unknownId_throwsNotFound() {
    long anna = anna();
    getClient(anna);

    assertThatThrownBy(() -> chat2desk().clients().get(anna + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getClient");
  }

  @Test
  @DisplayName("rejects another account's client with NotFoundException")
  void getClient_otherAccountsClient_throwsNotFound() {
    long anna = anna();
    getClient(anna);
    Chat2Desk other = chat2desk().withToken(environment().otherToken());

    assertThatThrownBy(() -> other.clients().get(anna)).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("lists the account's clients with their fields and the total")
  void listClients_seeded_listsThem() {
    long anna = anna();

    Page<Client> page = chat2desk().listClients();

    assertThat(page.total()).hasValue(1);
    Client client = page.items().get(0);
    assertThat(client.id()).isEqualTo(anna);
    assertThat(client.phone()).isEqualTo("79001234567");
    assertThat(client.displayName()).isEqualTo("Anna");
  }

  @Test
  @DisplayName("pages through many clients, each exactly once")
  void allClients_manyClients_streamsEachOnce() {
    for (int i = 0; i < 450; i++) {
      seed().createClient("Client " + i, "7900" + String.format("%07d", i));
    }

    List<Client> all = chat2desk().allClients().toList();
    Page<Client> third = chat2desk().listClients(ListClients.of().withOffset(40).withLimit(20));

    assertThat(all).hasSize(450).extracting(Client::id).doesNotHaveDuplicates();
    assertThat(third.items()).hasSize(20);
    assertThat(third.items())
        .extracting(Client::id)
        .containsExactlyElementsOf(all.subList(40, 60).stream().map(Client::id).toList());
    assertThat(third.total()).hasValue(450);
  }

  @Test
  @DisplayName("filters by phone")
  void listClients_byPhone_onlyThatClient() {
    anna();
    long boris = seed().createClient("Boris", "79007654321");

    Page<Client> page = chat2desk().listClients(ListClients.of().withPhone("79007654321"));

    assertThat(page.items())
        .extracting(Client::id, Client::name, Client::phone)
        .containsExactly(tuple(boris, "Boris", "79007654321"));
    assertThat(page.total()).hasValue(1);
  }

  /** Reads one client; an implementation without {@code getClient} yet skips the test. */
  private Client getClient(long id) {
    Client[] client = new Client[1];
    supported(() -> client[0] = chat2desk().clients().get(id));
    return client[0];
  }
}
