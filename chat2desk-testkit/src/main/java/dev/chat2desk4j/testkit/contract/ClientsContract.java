package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Page;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the client operations do: {@code listClients} and {@code clients().get(id)}. */
public abstract class ClientsContract extends ContractBase {

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
}
