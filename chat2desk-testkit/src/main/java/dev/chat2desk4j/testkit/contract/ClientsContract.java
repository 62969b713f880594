package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the client operations do: {@code listClients} and its filters, and {@code clients()}'s
 * {@code get}, {@code create}, {@code update}, {@code transports}, {@code dialogs} and {@code
 * lastQuestion}. The {@code tags} filter is in {@code TagsContract}, beside the assignments it
 * follows.
 */
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

  @Test
  @DisplayName("creates a client that reads, lists and can be written to")
  void createClient_newPhone_isReadListedAndReachable() {
    Client created =
        whenSupported(
            () ->
                chat2desk().clients().create(CreateClient.of("+79001112233").withNickname("Vera")));

    assertThat(created.id()).isPositive();
    assertThat(created.phone()).isEqualTo("79001112233");
    assertThat(created.displayName()).isEqualTo("Vera");
    assertThat(getClient(created.id())).isEqualTo(created);
    assertThat(chat2desk().listClients().items()).extracting(Client::id).contains(created.id());
    assertThat(chat2desk().sendMessage(created.id(), "Welcome").clientId()).isEqualTo(created.id());
  }

  @Test
  @DisplayName("refuses a phone the account has with a ConflictException naming that client")
  void createClient_existingPhone_throwsConflictWithTheExistingId() {
    long anna = anna();
    whenSupported(() -> chat2desk().clients().create(CreateClient.of("79001112233")));

    assertThatThrownBy(() -> chat2desk().clients().create(CreateClient.of("+7 900 123-45-67")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chat2desk().clients().create(CreateClient.of("79001234567")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).hasValue(anna));
    assertThat(chat2desk().listClients().total()).hasValue(2);
    assertThat(chat2desk().clients().findOrCreateByPhone("79001234567").id()).isEqualTo(anna);
  }

  @Test
  @DisplayName("rejects an unknown channel with NotFoundException and creates nothing")
  void createClient_unknownChannel_throwsNotFound() {
    whenSupported(() -> chat2desk().clients().create(CreateClient.of("79001112233")));

    assertThatThrownBy(
            () -> chat2desk().clients().create(CreateClient.of("79004445566").withChannelId(999)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("createClient");
    assertThat(chat2desk().listClients().total()).hasValue(1);
  }

  @Test
  @DisplayName("updates a client's card; the same update again leaves the same client")
  void updateClient_everyField_isReadBackAndARepeatChangesNothing() {
    long anna = anna();
    UpdateClient update =
        UpdateClient.of(anna)
            .withNickname("Anna (VIP)")
            .withComment("Prefers mornings")
            .withExtraComment1("one")
            .withExtraComment2("two")
            .withExtraComment3("three")
            .withExternalId("crm-42")
            .withCustomFields(Map.of("city", "Kazan"));

    Client updated = whenSupported(() -> chat2desk().clients().update(update));
    Client again = chat2desk().clients().update(update);

    assertThat(updated.assignedName()).isEqualTo("Anna (VIP)");
    assertThat(updated.displayName()).isEqualTo("Anna (VIP)");
    assertThat(updated.name()).isEqualTo("Anna");
    assertThat(updated.comment()).isEqualTo("Prefers mornings");
    assertThat(List.of(updated.extraComment1(), updated.extraComment2(), updated.extraComment3()))
        .containsExactly("one", "two", "three");
    assertThat(updated.externalId()).isEqualTo("crm-42");
    assertThat(updated.customFields()).isEqualTo(Map.of("city", "Kazan"));
    assertThat(again).isEqualTo(updated);
    assertThat(getClient(anna)).isEqualTo(updated);
  }

  @Test
  @DisplayName("keeps what an update does not name, and clears a field given as empty text")
  void updateClient_partialAndEmpty_keepsTheRestAndClears() {
    long anna = anna();
    update(UpdateClient.of(anna).withComment("x").withCustomFields(Map.of("a", "1", "b", "2")));

    Client changed =
        update(UpdateClient.of(anna).withComment("").withCustomFields(Map.of("a", "3")));

    assertThat(changed.comment()).isNull();
    assertThat(changed.customFields()).isEqualTo(Map.of("a", "3", "b", "2"));
    assertThat(update(UpdateClient.of(anna))).isEqualTo(changed);
  }

  @Test
  @DisplayName("rejects an update of an unknown client with NotFoundException")
  void updateClient_unknownClient_throwsNotFound() {
    long anna = anna();
    update(UpdateClient.of(anna));

    assertThatThrownBy(
            () -> chat2desk().clients().update(UpdateClient.of(anna + 1000).withComment("x")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("updateClient");
    assertThatThrownBy(() -> UpdateClient.of(anna).withCustomFields(Map.of(" ", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("reads the channels and messengers a client can be reached through")
  void transports_clientOnAChannel_answersItsChannels() {
    long[] id = new long[1];
    supported(() -> id[0] = seed().createClientOnChannel("Anna", "79001234567", Transport.VIBER));

    List<ClientChannel> channels = whenSupported(() -> chat2desk().clients().transports(id[0]));

    assertThat(channels).isEqualTo(getClient(id[0]).channels());
    assertThat(channels)
        .singleElement()
        .satisfies(channel -> assertThat(channel.transports()).containsExactly(Transport.VIBER));
    assertThatThrownBy(() -> chat2desk().clients().transports(id[0] + 1000))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("lists a client's dialogs, oldest first and paged, and no other client's")
  void clientDialogs_threeDialogs_pagedOldestFirst() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    chat2desk().sendMessage(boris, "for Boris");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long dialog = chat2desk().sendMessage(anna, "m" + i).dialogId();
      ids.add(dialog);
      whenSupported(() -> chat2desk().dialogs().close(dialog));
    }

    Page<Dialog> page =
        whenSupported(
            () -> chat2desk().clients().dialogs(ListClientDialogs.of(anna).withOffset(1)));
    List<Dialog> all = chat2desk().clients().allDialogs(anna).toList();

    assertThat(page.total()).hasValue(3);
    assertThat(page.items()).extracting(Dialog::id).containsExactlyElementsOf(ids.subList(1, 3));
    assertThat(all).extracting(Dialog::clientId).containsOnly(anna);
    assertThatThrownBy(() -> chat2desk().clients().dialogs(anna + 1000))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("reads the latest message the client wrote; none yet is NotFoundException")
  void lastQuestion_clientWroteTwice_answersTheLatest() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");
    seed().receiveMessage(anna, "first");
    seed().receiveMessage(anna, "second");
    chat2desk().sendMessage(anna, "an answer");

    Message last = whenSupported(() -> chat2desk().clients().lastQuestion(anna));

    assertThat(last.text()).isEqualTo("second");
    assertThat(last.isIncoming()).isTrue();
    assertThat(last.clientId()).isEqualTo(anna);
    assertThatThrownBy(() -> chat2desk().clients().lastQuestion(boris))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> chat2desk().clients().lastQuestion(anna + 1000))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("lists newest first on request, and only the clients created after a moment")
  void listClients_orderAndCreatedAfter_orderAndNarrow() {
    long anna = anna();
    long boris = seed().createClient("Boris", "79007654321");

    Page<Client> newest = chat2desk().listClients(ListClients.of().withOrder(SortOrder.DESC));
    Page<Client> recent =
        chat2desk()
            .listClients(
                ListClients.of().withCreatedAfter(Instant.now().minus(Duration.ofHours(1))));
    Page<Client> future =
        chat2desk()
            .listClients(
                ListClients.of().withCreatedAfter(Instant.now().plus(Duration.ofHours(1))));

    assertThat(newest.items()).extracting(Client::id).containsExactly(boris, anna);
    assertThat(recent.total()).hasValue(2);
    assertThat(future.items()).isEmpty();
  }

  @Test
  @DisplayName("refuses a page over 200 or a bad phone before any call")
  void requests_badValues_throwIllegalArgumentBeforeAnyCall() {
    assertThatThrownBy(() -> ListClients.of().withLimit(500)).hasMessageContaining("limit");
    assertThatThrownBy(() -> CreateClient.of("call me")).hasMessageContaining("phone");
    assertThatThrownBy(() -> ListClientDialogs.of(0)).hasMessageContaining("clientId");
  }

  private Client update(UpdateClient request) {
    return whenSupported(() -> chat2desk().clients().update(request));
  }

  /** Reads one client; an implementation without {@code getClient} yet skips the test. */
  private Client getClient(long id) {
    Client[] client = new Client[1];
    supported(() -> client[0] = chat2desk().clients().get(id));
    return client[0];
  }
}
