package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clients of one account. Not thread-safe: {@link MockAccount} guards every use. */
final class ClientsData {

  private final PagedList<ClientEntry> clients = new PagedList<>();
  private final Map<String, Long> idsByPhone = new HashMap<>();

  long nextId() {
    return clients.size() + 1L;
  }

  /** Adds a client with the {@linkplain #nextId() next id}; its phone must be new. */
  void add(ClientEntry entry) {
    clients.add(entry);
    if (entry.client().phone() != null) {
      idsByPhone.put(entry.client().phone(), entry.id());
    }
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

  /** The id of the client with this phone (digits only), or null. */
  Long idByPhone(String phone) {
    return idsByPhone.get(phone);
  }

  /** One page of clients in id order, optionally those with one phone number. */
  Page<Client> page(ListClients request) {
    if (request.phone() == null) {
      return clients
          .page(request.offset(), request.limit(), SortOrder.ASC)
          .map(ClientEntry::client);
    }
    Long id = idsByPhone.get(Phones.normalize(request.phone()));
    List<Client> matching = id == null ? List.of() : List.of(get(id, null).client());
    return PagedList.slice(matching, request.limit(), request.offset());
  }

  int size() {
    return clients.size();
  }

  List<Client> snapshot() {
    return clients.snapshot().stream().map(ClientEntry::client).toList();
  }
}
