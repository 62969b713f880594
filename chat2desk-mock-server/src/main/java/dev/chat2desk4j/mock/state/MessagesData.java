package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of one account, in id order and per client, so that a client's page is O(page)
 * however many messages the account holds. Not thread-safe: {@link MockAccount} guards every use.
 */
final class MessagesData {

  private final PagedList<Message> messages = new PagedList<>();
  private final Map<Long, PagedList<Message>> byClient = new HashMap<>();

  long nextId() {
    return messages.size() + 1L;
  }

  /** Stores a message with the {@linkplain #nextId() next id}. */
  Message add(Message message) {
    messages.add(message);
    byClient.computeIfAbsent(message.clientId(), id -> new PagedList<>()).add(message);
    return message;
  }

  Optional<Message> find(long id) {
    return PagedList.find(messages, id);
  }

  /** One page of a client's messages that match a filter; empty for a client without any. */
  Page<Message> pageOfClient(
      long clientId, int limit, int offset, SortOrder order, MessageFilter filter) {
    PagedList<Message> list = byClient.get(clientId);
    if (list == null) {
      return new Page<>(List.of(), 0, limit, offset);
    }
    return page(list, limit, offset, order, filter);
  }

  /** One page of all the account's messages that match a filter. */
  Page<Message> page(int limit, int offset, SortOrder order, MessageFilter filter) {
    return page(messages, limit, offset, order, filter);
  }

  List<Message> snapshot() {
    return messages.snapshot();
  }

  /** One client's messages, in id order; empty for an unknown client. */
  List<Message> ofClient(long clientId) {
    PagedList<Message> list = byClient.get(clientId);
    return list == null ? List.of() : list.snapshot();
  }

  int size() {
    return messages.size();
  }

  long lastPageReads(long clientId) {
    PagedList<Message> list = byClient.get(clientId);
    return list == null ? 0 : list.lastItemsRead();
  }

  private static Page<Message> page(
      PagedList<Message> list, int limit, int offset, SortOrder order, MessageFilter filter) {
    if (filter.isEmpty()) {
      return list.page(offset, limit, order);
    }
    List<Message> matching = new ArrayList<>(list.snapshot().stream().filter(filter).toList());
    if (order == SortOrder.DESC) {
      Collections.reverse(matching);
    }
    return PagedList.slice(matching, limit, offset);
  }
}
