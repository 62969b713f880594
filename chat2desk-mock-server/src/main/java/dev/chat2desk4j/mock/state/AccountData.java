package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one account and the lookups over it. Ids are positions plus one, since nothing is
 * ever deleted and a reset replaces the whole object. Not thread-safe: {@link MockAccount} guards
 * every use with its lock.
 */
final class AccountData {

  final PagedList<MockOperator> operators = new PagedList<>();
  final PagedList<MockChannel> channels = new PagedList<>();
  final PagedList<ClientEntry> clients = new PagedList<>();
  final PagedList<MockDialog> dialogs = new PagedList<>();
  final PagedList<Message> messages = new PagedList<>();
  final PagedList<Transfer> transfers = new PagedList<>();
  final Map<Long, PagedList<Message>> messagesByClient = new HashMap<>();
  final Map<String, Long> clientIdsByPhone = new HashMap<>();
  long lastRequestId;

  static <T> Optional<T> find(PagedList<T> list, long id) {
    return id < 1 || id > list.size() ? Optional.empty() : Optional.of(list.get((int) id - 1));
  }

  MockDialog openDialog(ClientEntry entry, Long operatorId, Instant now) {
    long clientId = entry.client().id();
    if (entry.dialogId() == null) {
      MockDialog dialog =
          new MockDialog(
              dialogs.size() + 1L,
              clientId,
              operatorId,
              MockDialog.State.OPEN,
              ++lastRequestId,
              now);
      dialogs.add(dialog);
      clients.set((int) clientId - 1, entry.withDialogId(dialog.id()));
      return dialog;
    }
    int position = entry.dialogId().intValue() - 1;
    MockDialog dialog = dialogs.get(position);
    if (dialog.state() == MockDialog.State.CLOSED) {
      dialog = dialog.withState(MockDialog.State.OPEN, ++lastRequestId);
    }
    if (dialog.operatorId() == null && operatorId != null) {
      dialog = dialog.withOperatorId(operatorId);
    }
    dialogs.set(position, dialog);
    return dialog;
  }

  Message store(Message message) {
    messages.add(message);
    messagesByClient.computeIfAbsent(message.clientId(), id -> new PagedList<>()).add(message);
    return message;
  }

  ClientEntry clientEntry(long id, String field) {
    if (id < 1 || id > clients.size()) {
      throw new RecordNotFoundException(field, id);
    }
    return clients.get((int) id - 1);
  }

  MockChannel channel(long id, String field) {
    if (id < 1 || id > channels.size()) {
      throw new RecordNotFoundException(field, id);
    }
    return channels.get((int) id - 1);
  }

  MockOperator operator(long id, String field) {
    if (id < 1 || id > operators.size()) {
      throw new RecordNotFoundException(field, id);
    }
    return operators.get((int) id - 1);
  }

  MockDialog dialog(long id, String field) {
    if (id < 1 || id > dialogs.size()) {
      throw new RecordNotFoundException(field, id);
    }
    return dialogs.get((int) id - 1);
  }

  long lastMessagePageReads(long clientId) {
    PagedList<Message> list = messagesByClient.get(clientId);
    return list == null ? 0 : list.lastItemsRead();
  }

  static Page<Message> page(
      PagedList<Message> list, int limit, int offset, SortOrder order, MessageFilter filter) {
    if (filter.isEmpty()) {
      return list.page(offset, limit, order);
    }
    List<Message> matching = new ArrayList<>(list.snapshot().stream().filter(filter).toList());
    if (order == SortOrder.DESC) {
      Collections.reverse(matching);
    }
    return slice(matching, limit, offset);
  }

  static <T> Page<T> slice(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(), limit, offset);
  }
}
