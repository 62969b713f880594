package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ListMessages;
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
  private final Map<Long, PagedList<Long>> idsByClient = new HashMap<>();
  private final Map<Long, Long> lastIncomingByClient = new HashMap<>();

  long nextId() {
    return messages.size() + 1L;
  }

  /** Stores a message with the {@linkplain #nextId() next id}. */
  Message add(Message message) {
    messages.add(message);
    idsByClient.computeIfAbsent(message.clientId(), id -> new PagedList<>()).add(message.id());
    if (message.isIncoming()) {
      lastIncomingByClient.put(message.clientId(), message.id());
    }
    return message;
  }

  /**
   * The message with this id.
   *
   * @param field the request field that named it, or null when the path named it
   * @throws RecordNotFoundException when the account has none
   */
  Message get(long id, String field) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<Message> find(long id) {
    return PagedList.find(messages, id);
  }

  /** Marks a message read or unread; marking it as it is changes nothing. */
  Message markRead(Message message, boolean read) {
    if (message.read() == read) {
      return message;
    }
    Message marked =
        new Message(
            message.id(),
            message.clientId(),
            message.text(),
            message.type(),
            message.transport(),
            read,
            message.createdAt(),
            message.operatorId(),
            message.channelId(),
            message.dialogId(),
            message.requestId(),
            message.attachments(),
            message.remoteId());
    messages.set((int) message.id() - 1, marked);
    return marked;
  }

  /** The latest message the client wrote, if any. */
  Optional<Message> lastIncoming(long clientId) {
    Long id = lastIncomingByClient.get(clientId);
    return id == null ? Optional.empty() : find(id);
  }

  /**
   * One page of the messages a listing asks for: one client's or the account's, in its order,
   * narrowed by its filters; in O(page) without a filter, else a scan of the listed messages.
   */
  Page<Message> page(ListMessages request) {
    MessageFilter filter = MessageFilter.of(request);
    if (request.clientId() == null) {
      return page(messages, request, filter);
    }
    PagedList<Long> ids = idsByClient.get(request.clientId());
    if (ids == null) {
      return new Page<>(List.of(), 0, request.limit(), request.offset());
    }
    if (filter.isEmpty()) {
      return ids.page(request.offset(), request.limit(), request.order()).map(this::byId);
    }
    return slice(ids.snapshot().stream().map(this::byId).filter(filter).toList(), request);
  }

  List<Message> snapshot() {
    return messages.snapshot();
  }

  /** One client's messages, in id order; empty for an unknown client. */
  List<Message> ofClient(long clientId) {
    PagedList<Long> ids = idsByClient.get(clientId);
    return ids == null ? List.of() : ids.snapshot().stream().map(this::byId).toList();
  }

  int size() {
    return messages.size();
  }

  long lastPageReads(long clientId) {
    PagedList<Long> ids = idsByClient.get(clientId);
    return ids == null ? 0 : ids.lastItemsRead();
  }

  private Message byId(long id) {
    return messages.get((int) id - 1);
  }

  private static Page<Message> page(
      PagedList<Message> list, ListMessages request, MessageFilter filter) {
    if (filter.isEmpty()) {
      return list.page(request.offset(), request.limit(), request.order());
    }
    return slice(list.snapshot().stream().filter(filter).toList(), request);
  }

  private static Page<Message> slice(List<Message> matching, ListMessages request) {
    List<Message> ordered = new ArrayList<>(matching);
    if (request.order() == SortOrder.DESC) {
      Collections.reverse(ordered);
    }
    return PagedList.slice(ordered, request.limit(), request.offset());
  }
}
