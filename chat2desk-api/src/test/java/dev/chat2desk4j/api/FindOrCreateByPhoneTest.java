package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.ServicesTest.RecordingChat2Desk;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindOrCreateByPhoneTest {

  private static final String PHONE = "79001234567";
  private static final Client EXISTING = Client.of(123, "Anna", PHONE);
  private static final Client CREATED = Client.of(124, null, PHONE);

  /** What each listing answers, in turn; an exhausted queue answers an empty page. */
  private final Deque<List<Client>> listings = new ArrayDeque<>();

  private RuntimeException createFailure;

  private final RecordingChat2Desk chat2desk =
      new RecordingChat2Desk(
          request ->
              switch (request.operation()) {
                case LIST_CLIENTS -> page(listings.isEmpty() ? List.of() : listings.poll());
                case CREATE_CLIENT -> {
                  if (createFailure != null) {
                    throw createFailure;
                  }
                  yield CREATED;
                }
                case GET_CLIENT -> EXISTING;
                default -> throw new AssertionError("unexpected " + request);
              });

  @Test
  void findOrCreate_phoneKnown_returnsItWithoutCreating() {
    listings.add(List.of(EXISTING));

    Client client = chat2desk.clients().findOrCreateByPhone(PHONE);

    assertThat(client).isEqualTo(EXISTING);
    assertThat(chat2desk.requests).containsExactly(ListClients.of().withPhone(PHONE));
  }

  @Test
  void findOrCreate_phoneWithPlus_matchesTheSameDigits() {
    listings.add(List.of(EXISTING));

    assertThat(chat2desk.clients().findOrCreateByPhone("+" + PHONE)).isEqualTo(EXISTING);
  }

  @Test
  void findOrCreate_phoneUnknown_createsTheClient() {
    Client client = chat2desk.clients().findOrCreateByPhone(PHONE);

    assertThat(client).isEqualTo(CREATED);
    assertThat(chat2desk.requests)
        .containsExactly(ListClients.of().withPhone(PHONE), CreateClient.of(PHONE));
  }

  @Test
  void findOrCreate_filterMatchesAnotherPhoneOnly_createsTheClient() {
    listings.add(List.of(Client.of(9, "Other", "79001234567999")));

    assertThat(chat2desk.clients().findOrCreateByPhone(PHONE)).isEqualTo(CREATED);
  }

  @Test
  void findOrCreate_lostTheRaceAndTheConflictNamesTheWinner_readsTheWinner() {
    createFailure = conflict("{\"id\":123}");

    Client client = chat2desk.clients().findOrCreateByPhone(PHONE);

    assertThat(client).isEqualTo(EXISTING);
    assertThat(chat2desk.requests)
        .containsExactly(
            ListClients.of().withPhone(PHONE), CreateClient.of(PHONE), GetClient.of(123));
  }

  @Test
  void findOrCreate_conflictWithoutId_looksThePhoneUpAgain() {
    createFailure = conflict("no id here");
    listings.add(List.of());
    listings.add(List.of(EXISTING));

    Client client = chat2desk.clients().findOrCreateByPhone(PHONE);

    assertThat(client).isEqualTo(EXISTING);
    assertThat(chat2desk.requests).hasSize(3);
  }

  @Test
  void findOrCreate_conflictAndTheClientCannotBeFound_throwsTheConflict() {
    ConflictException conflict = conflict("no id here");
    createFailure = conflict;

    assertThatThrownBy(() -> chat2desk.clients().findOrCreateByPhone(PHONE)).isSameAs(conflict);
  }

  @Test
  void findOrCreate_otherFailure_isNotSwallowed() {
    createFailure =
        Chat2DeskException.fromResponse(
            new RequestLine(Operation.CREATE_CLIENT, "POST", "/v1/clients"),
            ErrorResponse.of(400, "Channel not found"));

    assertThatThrownBy(() -> chat2desk.clients().findOrCreateByPhone(PHONE))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void findOrCreate_invalidPhone_throwsBeforeAnyCall() {
    assertThatThrownBy(() -> chat2desk.clients().findOrCreateByPhone("call me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone must be 5 to 20 digits with an optional leading +");
    assertThat(chat2desk.requests).isEmpty();
  }

  private static Page<Client> page(List<Client> clients) {
    return new Page<>(clients, clients.size(), 20, 0);
  }

  private static ConflictException conflict(String idItem) {
    ErrorResponse response =
        new ErrorResponse(
            400,
            "Client already exist",
            Map.of("client", List.of("Client already exist", idItem)),
            null,
            null);
    return (ConflictException)
        Chat2DeskException.fromResponse(
            new RequestLine(Operation.CREATE_CLIENT, "POST", "/v1/clients"), response);
  }
}
