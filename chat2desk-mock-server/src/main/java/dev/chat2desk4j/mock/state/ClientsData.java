package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clients of one account. Not thread-safe: {@link MockAccount} guards every use. */
final class ClientsData {

  private static final String NOT_PHONE = "must contain digits";

  private final PagedList<ClientEntry> clients = new PagedList<>();
  private final Map<String, Long> idsByPhone = new HashMap<>();

  /**
   * Creates a client with the next id.
   *
   * @param channel the channel the request names, already looked up, or null
   * @throws DuplicateRecordException when another client has the same phone digits
   * @throws InvalidFieldsException for a phone without digits
   */
  Client create(NewClient request, MockChannel channel, Instant now) {
    String phone = request.phone() == null ? null : Phones.normalize(request.phone());
    if (phone != null && phone.isEmpty()) {
      throw InvalidFieldsException.of("phone", NOT_PHONE);
    }
    if (phone != null && idsByPhone.containsKey(phone)) {
      throw new DuplicateRecordException("phone", idsByPhone.get(phone));
    }
    Transport transport = request.transport();
    if (transport == null) {
      transport = channel == null ? Transport.WIDGET : channel.transport();
    }
    Client client =
        new Client(
            clients.size() + 1L,
            request.name(),
            null,
            phone,
            request.avatar(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    ClientEntry entry =
        new ClientEntry(client, transport, channel == null ? null : channel.id(), List.of(), now);
    clients.add(channel == null ? entry : entry.withChannel(channel.id(), transport));
    if (phone != null) {
      idsByPhone.put(phone, client.id());
    }
    return client;
  }

  /** Replaces a client's entry; the phone stays as it was. */
  void replace(ClientEntry entry) {
    clients.set((int) entry.id() - 1, entry);
  }

  /**
   * The client with this id.
   *
   * @param field the request field that named it, or null when the path named it
   * @throws RecordNotFoundException when the account has none
   */
  ClientEntry get(long id, String field) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<ClientEntry> find(long id) {
    return PagedList.find(clients, id);
  }

  /** The client with these phone digits, if the account has one. */
  Optional<ClientEntry> byPhone(String phone) {
    Long id = idsByPhone.get(Phones.normalize(phone));
    return id == null ? Optional.empty() : find(id);
  }

  /**
   * One page of clients as listings show them, in the request's order (ascending by default),
   * narrowed by its filters; in O(page) without a filter.
   *
   * @param tags the tags assignments put on clients: what listings show and the filter matches
   */
  Page<Client> page(ListClients request, ClientTags tags) {
    SortOrder order = request.order() == null ? SortOrder.ASC : request.order();
    if (request.phone() == null && request.tagIds().isEmpty() && request.createdAfter() == null) {
      return clients
          .page(request.offset(), request.limit(), order)
          .map(entry -> tags.tagged(entry.client()));
    }
    List<ClientEntry> candidates =
        request.phone() == null
            ? clients.snapshot()
            : byPhone(request.phone()).map(List::of).orElse(List.of());
    List<Client> matching = new ArrayList<>();
    for (ClientEntry entry : candidates) {
      Client client = tags.tagged(entry.client());
      boolean tagged = request.tagIds().isEmpty() || tags.carriesAny(client.id(), request.tagIds());
      boolean recent =
          request.createdAfter() == null || entry.createdAt().isAfter(request.createdAfter());
      if (tagged && recent) {
        matching.add(client);
      }
    }
    if (order == SortOrder.DESC) {
      Collections.reverse(matching);
    }
    return PagedList.slice(matching, request.limit(), request.offset());
  }

  /**
   * Changes a client's card as {@code PUT /v1/clients/{id}} does: each given text replaces its
   * field and an empty one clears it; custom fields merge by name, an empty value removing one.
   *
   * @throws RecordNotFoundException when the account has no such client (named by the path)
   */
  ClientEntry update(UpdateClient request) {
    ClientEntry entry = get(request.id(), null);
    Client c = entry.client();
    Map<String, String> fields = new LinkedHashMap<>(c.customFields());
    request
        .customFields()
        .forEach(
            (name, value) -> {
              if (value.isEmpty()) {
                fields.remove(name);
              } else {
                fields.put(name, value);
              }
            });
    Client updated =
        new Client(
            c.id(),
            c.name(),
            set(c.assignedName(), request.nickname()),
            c.phone(),
            c.avatar(),
            c.regionId(),
            c.countryId(),
            set(c.externalId(), request.externalId()),
            set(c.comment(), request.comment()),
            set(c.extraComment1(), request.extraComment1()),
            set(c.extraComment2(), request.extraComment2()),
            set(c.extraComment3(), request.extraComment3()),
            fields,
            c.tagIds(),
            List.of());
    ClientEntry changed = entry.withClient(updated);
    replace(changed);
    return changed;
  }

  /** A field after an update: kept for null, cleared for an empty text, else replaced. */
  private static String set(String current, String requested) {
    if (requested == null) {
      return current;
    }
    return requested.isEmpty() ? null : requested;
  }

  int size() {
    return clients.size();
  }

  List<Client> snapshot() {
    return clients.snapshot().stream().map(ClientEntry::client).toList();
  }
}
