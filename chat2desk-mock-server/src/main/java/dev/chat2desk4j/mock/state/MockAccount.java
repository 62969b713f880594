package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.GetClient;
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
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import dev.chat2desk4j.api.Transport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One account of the fake API (one API token): its clients, operators, channels, dialogs, messages
 * and transfers, with the API's behaviour and checks. Ids of each kind start at 1 and increase by
 * one, separately per kind, so tests repeat; {@link MockState#reset(String)} starts them again.
 *
 * <p>Thread-safe: every method runs under the account's lock, so concurrent senders never lose or
 * duplicate a message. Requests the real API would refuse throw a {@link MockStateException}.
 */
public final class MockAccount {

  private static final String NOT_PHONE = "must contain digits";

  private final Clock clock;
  private final String label;
  private final AccountReference reference;
  private AccountData data;

  MockAccount(Clock clock, String label) {
    this.clock = clock;
    this.label = label;
    this.reference = new AccountReference(this, clock);
    clear();
  }

  /**
   * A short name for the account that never reveals its token, such as {@code account-1}: the
   * position in which it was registered in its {@link MockState}. The request journal names
   * accounts by it.
   */
  public String label() {
    return label;
  }

  synchronized void clear() {
    data = new AccountData();
    reference.clear();
  }

  /** Adds an operator with the next operator id: offline, the role {@code operator}. */
  public MockOperator addOperator(String name) {
    return addOperator(SeedOperator.named(name));
  }

  /** Adds an operator with the next operator id. */
  public synchronized MockOperator addOperator(SeedOperator seed) {
    MockOperator operator =
        new MockOperator(
            data.operators.size() + 1L,
            seed.name(),
            seed.email(),
            seed.phone(),
            seed.role(),
            seed.online(),
            seed.status());
    data.operators.add(operator);
    return operator;
  }

  /** Adds a channel of a messenger with the next channel id. */
  public MockChannel addChannel(String name, Transport transport) {
    return addChannel(new SeedChannel(name, transport));
  }

  /** Adds a channel with the next channel id. */
  public synchronized MockChannel addChannel(SeedChannel seed) {
    MockChannel channel =
        new MockChannel(data.channels.size() + 1L, seed.name(), seed.phone(), seed.transports());
    data.channels.add(channel);
    return channel;
  }

  /**
   * Creates a client with the next client id.
   *
   * @throws DuplicateRecordException when another client has the same phone
   * @throws RecordNotFoundException for an unknown channel
   * @throws InvalidFieldsException for a phone without digits
   */
  public synchronized Client createClient(NewClient request) {
    Objects.requireNonNull(request, "request");
    String phone = request.phone() == null ? null : Phones.normalize(request.phone());
    if (phone != null && phone.isEmpty()) {
      throw InvalidFieldsException.of("phone", NOT_PHONE);
    }
    if (phone != null && data.clientIdsByPhone.containsKey(phone)) {
      throw new DuplicateRecordException("phone", data.clientIdsByPhone.get(phone));
    }
    Transport transport = request.transport();
    if (request.channelId() != null) {
      MockChannel channel = data.channel(request.channelId(), "channel_id");
      transport = transport == null ? channel.transport() : transport;
    }
    long id = data.clients.size() + 1L;
    Client client = Client.of(id, request.name(), phone);
    transport = transport == null ? Transport.WIDGET : transport;
    ClientEntry entry = new ClientEntry(client, transport, request.channelId(), null, List.of());
    data.clients.add(
        request.channelId() == null ? entry : entry.withChannel(request.channelId(), transport));
    if (phone != null) {
      data.clientIdsByPhone.put(phone, id);
    }
    return client;
  }

  /** Creates a client with a name and a phone; see {@link #createClient(NewClient)}. */
  public Client createClient(String name, String phone) {
    return createClient(NewClient.of(name, phone));
  }

  /**
   * Makes a client reachable through one more channel, with its messenger there: the given one, or
   * else the channel's.
   *
   * @throws RecordNotFoundException for an unknown client or channel
   */
  synchronized void addClientChannel(long clientId, long channelId, Transport transport) {
    ClientEntry entry = data.clientEntry(clientId, "client_id");
    MockChannel channel = data.channel(channelId, "channel_id");
    data.clients.set(
        (int) clientId - 1,
        entry.withChannel(channelId, transport == null ? channel.transport() : transport));
  }

  /**
   * Stores a message from the account to a client, in the client's dialog (opened or reopened as
   * needed), and answers as the API does.
   *
   * @throws RecordNotFoundException naming the field for an unknown client, channel or operator
   */
  public SentMessage sendMessage(SendMessage request) {
    Message message = storeSentMessage(request);
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
   * Stores a message as {@link #sendMessage(SendMessage)} does and returns it as stored, with the
   * transport and channel it fell back to.
   *
   * @throws RecordNotFoundException naming the field for an unknown client, channel or operator
   */
  public synchronized Message storeSentMessage(SendMessage request) {
    Objects.requireNonNull(request, "request");
    ClientEntry entry = data.clientEntry(request.clientId(), "client_id");
    if (request.channelId() != null) {
      data.channel(request.channelId(), "channel_id");
    }
    if (request.operatorId() != null) {
      data.operator(request.operatorId(), "operator_id");
    }
    Transport transport = request.transport() == null ? entry.transport() : request.transport();
    Long channelId = request.channelId() == null ? entry.channelId() : request.channelId();
    MockDialog dialog = data.openDialog(entry, request.operatorId(), now());
    return data.store(
        new Message(
            data.messages.size() + 1L,
            entry.client().id(),
            request.text(),
            request.type(),
            transport,
            true,
            now(),
            request.operatorId(),
            channelId,
            dialog.id(),
            dialog.requestId(),
            List.of(),
            null));
  }

  /**
   * Stores a message that the client wrote ({@code from_client}), unread, in the client's dialog.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Message receiveMessage(long clientId, String text) {
    ClientEntry entry = data.clientEntry(clientId, "client_id");
    MockDialog dialog = data.openDialog(entry, null, now());
    return data.store(
        new Message(
            data.messages.size() + 1L,
            clientId,
            text,
            MessageType.FROM_CLIENT,
            entry.transport(),
            false,
            now(),
            null,
            entry.channelId(),
            dialog.id(),
            dialog.requestId(),
            List.of(),
            null));
  }

  /**
   * Moves a dialog to an operator and appends a transfer record.
   *
   * @throws RecordNotFoundException for an unknown dialog or operator
   */
  public synchronized Transfer transferDialog(long dialogId, long toOperatorId) {
    MockDialog dialog = data.dialog(dialogId, "dialog_id");
    data.operator(toOperatorId, "operator_id");
    data.dialogs.set((int) dialogId - 1, dialog.withOperatorId(toOperatorId));
    Transfer transfer =
        new Transfer(
            data.transfers.size() + 1L,
            dialogId,
            dialog.clientId(),
            dialog.operatorId(),
            toOperatorId,
            now());
    data.transfers.add(transfer);
    return transfer;
  }

  /**
   * Moves the dialog that a message belongs to, as {@code GET /v1/messages/{id}/transfer} does.
   *
   * @throws RecordNotFoundException for an unknown message (named by the path) or operator
   */
  public synchronized Transfer transferMessageDialog(long messageId, long toOperatorId) {
    Message message =
        message(messageId).orElseThrow(() -> new RecordNotFoundException(null, messageId));
    return transferDialog(message.dialogId(), toOperatorId);
  }

  /**
   * Changes a dialog as {@code PUT /v1/dialogs/{id}} does: a new operator is a transfer (one
   * record), a new state opens or closes it.
   *
   * @param operatorId the operator to assign, or null to keep the current one
   * @param state the new state, or null to keep the current one
   * @throws RecordNotFoundException for an unknown dialog (named by the path) or operator
   */
  public synchronized MockDialog updateDialog(
      long dialogId, Long operatorId, MockDialog.State state) {
    MockDialog dialog = data.dialog(dialogId, null);
    if (operatorId != null && !operatorId.equals(dialog.operatorId())) {
      transferDialog(dialogId, operatorId);
    }
    if (state != null && state != dialog.state()) {
      dialog = data.dialogs.get((int) dialogId - 1);
      long requestId = state == MockDialog.State.OPEN ? ++data.lastRequestId : dialog.requestId();
      data.dialogs.set((int) dialogId - 1, dialog.withState(state, requestId));
    }
    return data.dialogs.get((int) dialogId - 1);
  }

  /**
   * One page of a client's messages in id order, in O(page) however many messages are stored.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public Page<Message> listMessages(ListMessages request) {
    return listMessages(request, MessageFilter.NONE);
  }

  /**
   * One page of a client's messages that match a filter; O(page) when the filter is empty, else a
   * scan of the client's messages.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Page<Message> listMessages(ListMessages request, MessageFilter filter) {
    data.clientEntry(request.clientId(), "client_id");
    PagedList<Message> list = data.messagesByClient.get(request.clientId());
    if (list == null) {
      return new Page<>(List.of(), 0, request.limit(), request.offset());
    }
    return AccountData.page(list, request.limit(), request.offset(), request.order(), filter);
  }

  /**
   * One page of the messages a query asks for: one client's, or the account's when it names no
   * client.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public Page<Message> listMessages(MessageQuery query) {
    if (query.clientId() == null) {
      return listAllMessages(query.limit(), query.offset(), query.order(), query.filter());
    }
    return listMessages(
        ListMessages.of(query.clientId())
            .withLimit(query.limit())
            .withOffset(query.offset())
            .withOrder(query.order()),
        query.filter());
  }

  /**
   * One page of all the account's messages that match a filter, as {@code GET /v1/messages} without
   * a client answers.
   */
  public synchronized Page<Message> listAllMessages(
      int limit, int offset, SortOrder order, MessageFilter filter) {
    return AccountData.page(data.messages, limit, offset, order, filter);
  }

  /**
   * One page of the account's clients in id order, optionally those with one phone number or
   * carrying one of some tags.
   */
  public synchronized Page<Client> listClients(ListClients request) {
    ClientTags tags = reference.tags();
    if (!request.tagIds().isEmpty()) {
      List<Client> tagged =
          clients().stream()
              .filter(client -> tags.carriesAny(client.id(), request.tagIds()))
              .filter(client -> request.phone() == null || samePhone(client, request.phone()))
              .toList();
      return AccountData.slice(tagged, request.limit(), request.offset());
    }
    if (request.phone() == null) {
      return data.clients
          .page(request.offset(), request.limit(), SortOrder.ASC)
          .map(entry -> tags.tagged(entry.client()));
    }
    Long id = data.clientIdsByPhone.get(Phones.normalize(request.phone()));
    List<Client> matching =
        id == null ? List.of() : List.of(tags.tagged(data.clients.get(id.intValue() - 1).client()));
    return AccountData.slice(matching, request.limit(), request.offset());
  }

  /** One page of the account's transfers in id order, optionally of one dialog or operator. */
  public synchronized Page<Transfer> listTransfers(ListTransfers request) {
    if (request.dialogId() == null && request.operatorId() == null) {
      return data.transfers.page(request.offset(), request.limit(), SortOrder.ASC);
    }
    Predicate<Transfer> filter =
        transfer ->
            (request.dialogId() == null || transfer.dialogId() == request.dialogId())
                && (request.operatorId() == null
                    || transfer.toOperatorId() == request.operatorId()
                    || request.operatorId().equals(transfer.fromOperatorId()));
    return AccountData.slice(
        data.transfers.snapshot().stream().filter(filter).toList(),
        request.limit(),
        request.offset());
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
        data.dialogs.snapshot().stream()
            .filter(dialog -> operatorId == null || operatorId.equals(dialog.operatorId()))
            .filter(dialog -> state == null || state == dialog.state())
            .toList();
    return AccountData.slice(matching, limit, offset);
  }

  /** The client with this id, if the account has one, with its channels. */
  public synchronized Optional<Client> client(long id) {
    return AccountData.find(data.clients, id)
        .map(ClientEntry::withChannels)
        .map(reference.tags()::tagged);
  }

  /**
   * The client a request names, with its channels, as {@code GET /v1/clients/{id}} answers it.
   *
   * @throws RecordNotFoundException when the account has no client with this id
   */
  public Client getClient(GetClient request) {
    return client(request.id()).orElseThrow(() -> new RecordNotFoundException(null, request.id()));
  }

  /** The message with this id, if the account has one. */
  public synchronized Optional<Message> message(long id) {
    return AccountData.find(data.messages, id);
  }

  /** The dialog with this id, if the account has one. */
  public synchronized Optional<MockDialog> findDialog(long id) {
    return AccountData.find(data.dialogs, id);
  }

  /** The operator with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockOperator> operatorNamed(String name) {
    return data.operators.snapshot().stream().filter(op -> op.name().equals(name)).findFirst();
  }

  /** The channel with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockChannel> channelNamed(String name) {
    return data.channels.snapshot().stream().filter(ch -> ch.name().equals(name)).findFirst();
  }

  /** A snapshot of every client, in id order, as listings show them (without channels). */
  public synchronized List<Client> clients() {
    return data.clients.snapshot().stream()
        .map(entry -> reference.tags().tagged(entry.client()))
        .toList();
  }

  /** A snapshot of every message, in id order. */
  public synchronized List<Message> messages() {
    return data.messages.snapshot();
  }

  /** A snapshot of one client's messages, in id order; empty for an unknown client. */
  public synchronized List<Message> messagesOf(long clientId) {
    PagedList<Message> list = data.messagesByClient.get(clientId);
    return list == null ? List.of() : list.snapshot();
  }

  /** A snapshot of every dialog, in id order. */
  public synchronized List<MockDialog> dialogs() {
    return data.dialogs.snapshot();
  }

  /** A snapshot of every transfer record, in id order. */
  public synchronized List<Transfer> transfers() {
    return data.transfers.snapshot();
  }

  /** A snapshot of every operator, in id order. */
  public synchronized List<MockOperator> operators() {
    return data.operators.snapshot();
  }

  /** A snapshot of every channel, in id order. */
  public synchronized List<MockChannel> channels() {
    return data.channels.snapshot();
  }

  /** How many items the last one-client message page touched; see {@link PagedList}. */
  synchronized long lastMessagePageReads(long clientId) {
    return data.lastMessagePageReads(clientId);
  }

  // Reference data (issue 15): operators, groups, channels, tags, templates, account, quota.

  /**
   * What the account holds beside its conversations: operators as the API shows them and their
   * groups, channels, tags, templates, the monthly quota and the account's information.
   */
  public AccountReference reference() {
    return reference;
  }

  /**
   * Gives the dialog a message belongs to to an operator group, as {@code GET
   * /v1/messages/{id}/transfer_to_group} does (ours: the dialog loses its operator until someone in
   * the group takes it and remembers the group; no transfer record is written, since a record names
   * the operator who took the dialog). Giving it to the same group again changes nothing.
   *
   * @return null, as the API's answer carries nothing
   * @throws RecordNotFoundException for an unknown message (named by the path) or group ({@code
   *     group_id})
   */
  public synchronized Void transferMessageDialogToGroup(TransferMessageDialogToGroup request) {
    Message message =
        message(request.messageId())
            .orElseThrow(() -> new RecordNotFoundException(null, request.messageId()));
    reference.operators().requireGroup(request.groupId(), "group_id");
    MockDialog dialog = data.dialog(message.dialogId(), "dialog_id");
    data.dialogs.set((int) dialog.id() - 1, dialog.withOperatorId(null));
    reference.operators().giveToGroup(dialog.id(), request.groupId());
    return null;
  }

  /** Whether the account has had a request (conversation) with this id. */
  synchronized boolean hasRequest(long requestId) {
    return requestId >= 1 && requestId <= data.lastRequestId;
  }

  private static boolean samePhone(Client client, String phone) {
    return client.phone() != null
        && Phones.normalize(client.phone()).equals(Phones.normalize(phone));
  }

  private Instant now() {
    // The wire renders whole seconds; storing whole seconds keeps the HTTP and in-process fakes
    // equal.
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  @Override
  public synchronized String toString() {
    return "MockAccount["
        + data.clients.size()
        + " clients, "
        + data.messages.size()
        + " messages]";
  }
}
