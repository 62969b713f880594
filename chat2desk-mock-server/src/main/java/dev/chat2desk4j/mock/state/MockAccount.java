package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One account of the fake API (one API token): its clients, operators, channels, dialogs, messages
 * and transfers, with the API's behaviour and checks. Ids of each kind start at 1 and increase by
 * one, separately per kind, so tests repeat; {@link MockState#reset(String)} starts them again.
 *
 * <p>Thread-safe: every method runs under the account's lock, so concurrent senders never lose or
 * duplicate a message. Failures the real API would answer with an error throw {@link
 * MockApiException}.
 */
public final class MockAccount {

  private final Clock clock;
  private PagedList<MockOperator> operators;
  private PagedList<MockChannel> channels;
  private PagedList<ClientEntry> clients;
  private PagedList<MockDialog> dialogs;
  private PagedList<Message> messages;
  private PagedList<Transfer> transfers;
  private Map<Long, PagedList<Message>> messagesByClient;
  private Map<String, Long> clientIdsByPhone;
  private long lastRequestId;

  MockAccount(Clock clock) {
    this.clock = clock;
    clear();
  }

  synchronized void clear() {
    operators = new PagedList<>();
    channels = new PagedList<>();
    clients = new PagedList<>();
    dialogs = new PagedList<>();
    messages = new PagedList<>();
    transfers = new PagedList<>();
    messagesByClient = new HashMap<>();
    clientIdsByPhone = new HashMap<>();
    lastRequestId = 0;
  }

  /** Adds an operator with the next operator id. */
  public synchronized MockOperator addOperator(String name) {
    MockOperator operator = new MockOperator(operators.size() + 1L, name);
    operators.add(operator);
    return operator;
  }

  /** Adds a channel of a messenger with the next channel id. */
  public synchronized MockChannel addChannel(String name, Transport transport) {
    Objects.requireNonNull(transport, "transport");
    MockChannel channel = new MockChannel(channels.size() + 1L, name, transport);
    channels.add(channel);
    return channel;
  }

  /**
   * Creates a client with the next client id.
   *
   * @throws MockApiException 400 when another client has the same phone, 404 for an unknown
   *     channel, 422 for a phone without digits
   */
  public synchronized Client createClient(NewClient request) {
    Objects.requireNonNull(request, "request");
    String phone = request.phone() == null ? null : Phones.normalize(request.phone());
    if (phone != null && phone.isEmpty()) {
      throw WireErrors.invalid("phone", WireErrors.NOT_PHONE);
    }
    if (phone != null && clientIdsByPhone.containsKey(phone)) {
      throw WireErrors.duplicatePhone();
    }
    Transport transport = request.transport();
    if (request.channelId() != null) {
      MockChannel channel = channel(request.channelId(), "channel_id");
      transport = transport == null ? channel.transport() : transport;
    }
    long id = clients.size() + 1L;
    Client client = Client.of(id, request.name(), phone);
    clients.add(
        new ClientEntry(
            client, transport == null ? Transport.WIDGET : transport, request.channelId(), null));
    if (phone != null) {
      clientIdsByPhone.put(phone, id);
    }
    return client;
  }

  /** Creates a client with a name and a phone; see {@link #createClient(NewClient)}. */
  public Client createClient(String name, String phone) {
    return createClient(NewClient.of(name, phone));
  }

  /**
   * Stores a message from the account to a client, in the client's dialog (opened or reopened as
   * needed), and answers as the API does.
   *
   * @throws MockApiException 404 naming the field for an unknown client, channel or operator
   */
  public synchronized SentMessage sendMessage(SendMessage request) {
    Objects.requireNonNull(request, "request");
    ClientEntry entry = clientEntry(request.clientId(), "client_id");
    if (request.channelId() != null) {
      channel(request.channelId(), "channel_id");
    }
    if (request.operatorId() != null) {
      operator(request.operatorId(), "operator_id");
    }
    Transport transport = request.transport() == null ? entry.transport() : request.transport();
    Long channelId = request.channelId() == null ? entry.channelId() : request.channelId();
    MockDialog dialog = openDialog(entry, request.operatorId());
    Message message =
        store(
            new Message(
                messages.size() + 1L,
                entry.client().id(),
                request.text(),
                request.type(),
                transport,
                true,
                now(),
                request.operatorId(),
                channelId,
                dialog.id(),
                dialog.requestId()));
    return new SentMessage(
        message.id(),
        message.clientId(),
        message.type(),
        message.transport(),
        message.channelId(),
        message.operatorId(),
        message.dialogId(),
        message.requestId());
  }

  /**
   * Stores a message that the client wrote ({@code from_client}), unread, in the client's dialog.
   *
   * @throws MockApiException 404 for an unknown client
   */
  public synchronized Message receiveMessage(long clientId, String text) {
    ClientEntry entry = clientEntry(clientId, "client_id");
    MockDialog dialog = openDialog(entry, null);
    return store(
        new Message(
            messages.size() + 1L,
            clientId,
            text,
            MessageType.FROM_CLIENT,
            entry.transport(),
            false,
            now(),
            null,
            entry.channelId(),
            dialog.id(),
            dialog.requestId()));
  }

  /**
   * Moves a dialog to an operator and appends a transfer record.
   *
   * @throws MockApiException 404 for an unknown dialog or operator
   */
  public synchronized Transfer transferDialog(long dialogId, long toOperatorId) {
    MockDialog dialog = dialog(dialogId, "dialog_id");
    operator(toOperatorId, "operator_id");
    dialogs.set((int) dialogId - 1, dialog.withOperator(toOperatorId));
    Transfer transfer =
        new Transfer(
            transfers.size() + 1L,
            dialogId,
            dialog.clientId(),
            dialog.operatorId(),
            toOperatorId,
            now());
    transfers.add(transfer);
    return transfer;
  }

  /**
   * Moves the dialog that a message belongs to, as {@code GET /v1/messages/{id}/transfer} does.
   *
   * @throws MockApiException 404 for an unknown message or operator
   */
  public synchronized Transfer transferMessageDialog(long messageId, long toOperatorId) {
    Message message = message(messageId).orElseThrow(() -> WireErrors.notFound("id", messageId));
    return transferDialog(message.dialogId(), toOperatorId);
  }

  /**
   * Changes a dialog as {@code PUT /v1/dialogs/{id}} does: a new operator is a transfer (one
   * record), a new state opens or closes it.
   *
   * @param operatorId the operator to assign, or null to keep the current one
   * @param state the new state, or null to keep the current one
   * @throws MockApiException 404 for an unknown dialog or operator
   */
  public synchronized MockDialog updateDialog(
      long dialogId, Long operatorId, MockDialog.State state) {
    MockDialog dialog = dialog(dialogId, "id");
    if (operatorId != null && !operatorId.equals(dialog.operatorId())) {
      transferDialog(dialogId, operatorId);
    }
    if (state != null && state != dialog.state()) {
      dialog = dialogs.get((int) dialogId - 1);
      long requestId = state == MockDialog.State.OPEN ? ++lastRequestId : dialog.requestId();
      dialogs.set((int) dialogId - 1, dialog.withState(state, requestId));
    }
    return dialogs.get((int) dialogId - 1);
  }

  /**
   * One page of a client's messages in id order, in O(page) however many messages are stored.
   *
   * @throws MockApiException 404 for an unknown client
   */
  public Page<Message> listMessages(ListMessages request) {
    return listMessages(request, MessageFilter.NONE);
  }

  /**
   * One page of a client's messages that match a filter; O(page) when the filter is empty, else a
   * scan of the client's messages.
   *
   * @throws MockApiException 404 for an unknown client
   */
  public synchronized Page<Message> listMessages(ListMessages request, MessageFilter filter) {
    clientEntry(request.clientId(), "client_id");
    PagedList<Message> list = messagesByClient.get(request.clientId());
    if (list == null) {
      return new Page<>(List.of(), 0, request.limit(), request.offset());
    }
    return page(list, request.limit(), request.offset(), request.order(), filter);
  }

  /**
   * One page of all the account's messages that match a filter, as {@code GET /v1/messages} without
   * a client answers.
   */
  public synchronized Page<Message> listAllMessages(
      int limit, int offset, SortOrder order, MessageFilter filter) {
    return page(messages, limit, offset, order, filter);
  }

  /** One page of the account's clients in id order, optionally those with one phone number. */
  public synchronized Page<Client> listClients(ListClients request) {
    if (request.phone() == null) {
      return clients
          .page(request.offset(), request.limit(), SortOrder.ASC)
          .map(ClientEntry::client);
    }
    Long id = clientIdsByPhone.get(Phones.normalize(request.phone()));
    List<Client> matching =
        id == null ? List.of() : List.of(clients.get(id.intValue() - 1).client());
    return slice(matching, request.limit(), request.offset());
  }

  /** One page of the account's transfers in id order, optionally of one dialog or operator. */
  public synchronized Page<Transfer> listTransfers(ListTransfers request) {
    if (request.dialogId() == null && request.operatorId() == null) {
      return transfers.page(request.offset(), request.limit(), SortOrder.ASC);
    }
    Predicate<Transfer> filter =
        transfer ->
            (request.dialogId() == null || transfer.dialogId() == request.dialogId())
                && (request.operatorId() == null
                    || transfer.toOperatorId() == request.operatorId()
                    || request.operatorId().equals(transfer.fromOperatorId()));
    return slice(
        transfers.snapshot().stream().filter(filter).toList(), request.limit(), request.offset());
  }

  /**
   * One page of the account's dialogs in id order.
   *
   * @param operatorId only the dialogs of this operator, or null
   * @param state only the dialogs in this state, or null
   */
  public synchronized Page<MockDialog> listDialogs(
      int limit, int offset, Long operatorId, MockDialog.State state) {
    List<MockDialog> matching =
        dialogs.snapshot().stream()
            .filter(dialog -> operatorId == null || operatorId.equals(dialog.operatorId()))
            .filter(dialog -> state == null || state == dialog.state())
            .toList();
    return slice(matching, limit, offset);
  }

  /** The client with this id, if the account has one. */
  public synchronized Optional<Client> client(long id) {
    return id < 1 || id > clients.size()
        ? Optional.empty()
        : Optional.of(clients.get((int) id - 1).client());
  }

  /** The message with this id, if the account has one. */
  public synchronized Optional<Message> message(long id) {
    return id < 1 || id > messages.size()
        ? Optional.empty()
        : Optional.of(messages.get((int) id - 1));
  }

  /** The dialog with this id, if the account has one. */
  public synchronized Optional<MockDialog> findDialog(long id) {
    return id < 1 || id > dialogs.size()
        ? Optional.empty()
        : Optional.of(dialogs.get((int) id - 1));
  }

  /** The operator with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockOperator> operatorNamed(String name) {
    return operators.snapshot().stream().filter(op -> op.name().equals(name)).findFirst();
  }

  /** The channel with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockChannel> channelNamed(String name) {
    return channels.snapshot().stream().filter(ch -> ch.name().equals(name)).findFirst();
  }

  /** A snapshot of every client, in id order. */
  public synchronized List<Client> clients() {
    return clients.snapshot().stream().map(ClientEntry::client).toList();
  }

  /** A snapshot of every message, in id order. */
  public synchronized List<Message> messages() {
    return messages.snapshot();
  }

  /** A snapshot of one client's messages, in id order; empty for an unknown client. */
  public synchronized List<Message> messagesOf(long clientId) {
    PagedList<Message> list = messagesByClient.get(clientId);
    return list == null ? List.of() : list.snapshot();
  }

  /** A snapshot of every dialog, in id order. */
  public synchronized List<MockDialog> dialogs() {
    return dialogs.snapshot();
  }

  /** A snapshot of every transfer record, in id order. */
  public synchronized List<Transfer> transfers() {
    return transfers.snapshot();
  }

  /** A snapshot of every operator, in id order. */
  public synchronized List<MockOperator> operators() {
    return operators.snapshot();
  }

  /** A snapshot of every channel, in id order. */
  public synchronized List<MockChannel> channels() {
    return channels.snapshot();
  }

  /** How many items the last one-client message page touched; see {@link PagedList}. */
  synchronized long lastMessagePageReads(long clientId) {
    PagedList<Message> list = messagesByClient.get(clientId);
    return list == null ? 0 : list.lastItemsRead();
  }

  private MockDialog openDialog(ClientEntry entry, Long operatorId) {
    long clientId = entry.client().id();
    if (entry.dialogId() == null) {
      MockDialog dialog =
          new MockDialog(
              dialogs.size() + 1L,
              clientId,
              operatorId,
              MockDialog.State.OPEN,
              ++lastRequestId,
              now());
      dialogs.add(dialog);
      clients.set((int) clientId - 1, entry.withDialog(dialog.id()));
      return dialog;
    }
    int position = entry.dialogId().intValue() - 1;
    MockDialog dialog = dialogs.get(position);
    if (dialog.state() == MockDialog.State.CLOSED) {
      dialog = dialog.withState(MockDialog.State.OPEN, ++lastRequestId);
    }
    if (dialog.operatorId() == null && operatorId != null) {
      dialog = dialog.withOperator(operatorId);
    }
    dialogs.set(position, dialog);
    return dialog;
  }

  private Message store(Message message) {
    messages.add(message);
    messagesByClient.computeIfAbsent(message.clientId(), id -> new PagedList<>()).add(message);
    return message;
  }

  private ClientEntry clientEntry(long id, String field) {
    if (id < 1 || id > clients.size()) {
      throw WireErrors.notFound(field, id);
    }
    return clients.get((int) id - 1);
  }

  private MockChannel channel(long id, String field) {
    if (id < 1 || id > channels.size()) {
      throw WireErrors.notFound(field, id);
    }
    return channels.get((int) id - 1);
  }

  private MockOperator operator(long id, String field) {
    if (id < 1 || id > operators.size()) {
      throw WireErrors.notFound(field, id);
    }
    return operators.get((int) id - 1);
  }

  private MockDialog dialog(long id, String field) {
    if (id < 1 || id > dialogs.size()) {
      throw WireErrors.notFound(field, id);
    }
    return dialogs.get((int) id - 1);
  }

  private Instant now() {
    // The wire renders whole seconds; storing whole seconds keeps the HTTP and in-process fakes
    // equal.
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
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
    return slice(matching, limit, offset);
  }

  private static <T> Page<T> slice(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(), limit, offset);
  }

  @Override
  public synchronized String toString() {
    return "MockAccount[" + clients.size() + " clients, " + messages.size() + " messages]";
  }
}
