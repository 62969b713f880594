package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.GetClientLastQuestion;
import dev.chat2desk4j.api.GetClientTransports;
import dev.chat2desk4j.api.GetDialog;
import dev.chat2desk4j.api.GetMessage;
import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListDialogs;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.ListUnansweredDialogs;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.TransferMessageDialog;
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateClient;
import dev.chat2desk4j.api.UpdateDialog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One account of the fake API (one API token): its clients, operators, channels, dialogs, messages
 * and transfers, with the API's behaviour and checks. Ids of each kind start at 1 and increase by
 * one, separately per kind, so tests repeat; {@link MockState#reset(String)} starts them again.
 * Methods named after an API operation take its request record and answer what the API answers.
 *
 * <p>Thread-safe: every method runs under the account's lock, so concurrent senders never lose or
 * duplicate a message. It is the account's one door, which is why it is long: each resource's data
 * and rules live in their own classes ({@code ClientsData}, {@code MessagesData}, {@code
 * DialogsData}, ...), and these methods only take the lock and call them. Requests the real API
 * would refuse throw a {@link MockStateException}.
 */
public final class MockAccount {

  /** The delivery statuses an outgoing message can be moved to (ours). */
  public static final List<String> DELIVERY_STATUSES = List.of("delivered", "read");

  private final Clock clock;
  private final String label;
  private final AccountReference reference;
  private final AccountEvents events;
  private AccountData data;

  MockAccount(Clock clock, String label, AccountEventListener sink) {
    this.clock = clock;
    this.label = label;
    this.reference = new AccountReference(this, clock);
    this.events = new AccountEvents(this, sink);
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
    Objects.requireNonNull(seed, "seed");
    return data.operators.add(seed);
  }

  /** Adds a channel of a messenger with the next channel id. */
  public MockChannel addChannel(String name, Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return addChannel(new SeedChannel(name, transport));
  }

  /** Adds a channel with the next channel id. */
  public synchronized MockChannel addChannel(SeedChannel seed) {
    Objects.requireNonNull(seed, "seed");
    return data.channels.add(seed);
  }

  // Clients

  /**
   * Creates a client with the next client id, as {@code POST /v1/clients} does, and answers it with
   * its channels.
   *
   * @throws DuplicateRecordException when another client has the same phone digits
   * @throws RecordNotFoundException for an unknown channel
   * @throws InvalidFieldsException for a phone without digits
   */
  public synchronized Client createClient(NewClient request) {
    Objects.requireNonNull(request, "request");
    return Conversations.createClient(data, request, now()).withChannels();
  }

  /** Creates a client with a name and a phone; see {@link #createClient(NewClient)}. */
  public Client createClient(String name, String phone) {
    return createClient(NewClient.of(name, phone));
  }

  /**
   * Makes a client reachable through one more channel, with its messenger there: the given one, or
   * else the channel's.
   */
  synchronized void addClientChannel(long clientId, long channelId, Transport transport) {
    ClientEntry entry = data.clients.get(clientId, "client_id");
    MockChannel channel = data.channels.get(channelId, "channel_id");
    data.clients.replace(
        entry.withChannel(channelId, transport == null ? channel.transport() : transport));
  }

  /**
   * Changes a client's card and answers the client with its channels.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Client updateClient(UpdateClient request) {
    return tagged(data.clients.update(request).withChannels());
  }

  /**
   * The client a request names, with its channels, as {@code GET /v1/clients/{id}} answers it.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Client getClient(GetClient request) {
    return tagged(data.clients.get(request.id(), null).withChannels());
  }

  /**
   * The channels a client can be reached through.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized List<ClientChannel> getClientTransports(GetClientTransports request) {
    return data.clients.get(request.clientId(), null).channels();
  }

  /**
   * One page of a client's dialogs, oldest first.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Page<Dialog> listClientDialogs(ListClientDialogs request) {
    data.clients.get(request.clientId(), null);
    return data.dialogs.ofClient(request).map(this::view);
  }

  /**
   * The latest message a client wrote.
   *
   * @throws RecordNotFoundException for an unknown client, or one that never wrote
   */
  public synchronized Message getClientLastQuestion(GetClientLastQuestion request) {
    data.clients.get(request.clientId(), null);
    return data.messages
        .lastIncoming(request.clientId())
        .orElseThrow(() -> new RecordNotFoundException(null, request.clientId()));
  }

  /**
   * One page of the account's clients as listings show them (without channels), with the tags
   * assignments put on them; the {@code tags} filter follows those assignments.
   */
  public synchronized Page<Client> listClients(ListClients request) {
    return data.clients.page(request, reference.tags());
  }

  // Messages

  /**
   * Stores a message from the account to a client, in the client's open dialog or a new one, and
   * answers as the API does.
   *
   * @throws RecordNotFoundException naming the field for an unknown client, channel or operator
   */
  public SentMessage sendMessage(SendMessage request) {
    return receipt(storeSentMessage(request));
  }

  /**
   * Stores a message as {@link #sendMessage(SendMessage)} does and returns it as stored, with the
   * transport and channel it fell back to.
   */
  public synchronized Message storeSentMessage(SendMessage request) {
    return storeSentMessage(request, now());
  }

  synchronized Message storeSentMessage(SendMessage request, Instant at) {
    Objects.requireNonNull(request, "request");
    Message message = Conversations.send(data, request, at);
    if (message.dialogId() != null) {
      events.outbox(message, view(data.dialogs.get(message.dialogId(), null)), at);
    }
    return message;
  }

  /**
   * Stores a message a client wrote, unread, in its open dialog or a new one: the one way every
   * incoming message enters the account ({@code POST /v1/messages/inbox}, the admin API, seeds). A
   * sender named by a phone the account does not know becomes a new client.
   *
   * @throws RecordNotFoundException for an unknown client or channel
   */
  public synchronized Message receive(Incoming incoming) {
    return receive(incoming, now());
  }

  synchronized Message receive(Incoming incoming, Instant at) {
    Objects.requireNonNull(incoming, "incoming");
    int clientsBefore = data.clients.size();
    long requestsBefore = data.dialogs.lastRequestId();
    Message message = Conversations.receive(data, incoming, at);
    if (message.dialogId() != null) {
      Dialog dialog = view(data.dialogs.get(message.dialogId(), null));
      events.inbox(
          message,
          dialog,
          data.clients.size() > clientsBefore,
          data.dialogs.lastRequestId() > requestsBefore,
          at);
    }
    return message;
  }

  /** The client with this id as a customer who writes; see {@link Customer}. */
  public Customer customer(long clientId) {
    return Customer.of(this, clientId);
  }

  /** Stores a text the client wrote; see {@link #receive(Incoming)}. */
  public Message receiveMessage(long clientId, String text) {
    return receive(Incoming.text(clientId, text));
  }

  /**
   * Brings a customer's message in through a channel, as {@code POST /v1/messages/inbox} does; see
   * {@link #receive(Incoming)}.
   */
  public SentMessage sendInbound(SendInboundMessage request) {
    return receipt(receive(Incoming.of(request)));
  }

  /**
   * The message a request names.
   *
   * @throws RecordNotFoundException for an unknown message
   */
  public synchronized Message getMessage(GetMessage request) {
    return data.messages.get(request.id(), null);
  }

  /**
   * Marks a message read or unread and answers it as it is afterwards; marking it as it is changes
   * nothing.
   *
   * @throws RecordNotFoundException for an unknown message
   */
  public synchronized Message markMessage(long id, boolean read) {
    return data.messages.markRead(data.messages.get(id, null), read);
  }

  /**
   * Gives the dialog of a message to an operator, as {@code GET /v1/messages/{id}/transfer} does,
   * and answers the dialog; giving it to its own operator changes nothing.
   *
   * @throws RecordNotFoundException for an unknown message (or one outside any dialog) or operator
   */
  public synchronized Dialog transferMessageDialog(TransferMessageDialog request) {
    Message message = data.messages.get(request.messageId(), null);
    if (message.dialogId() == null) {
      throw new RecordNotFoundException(null, request.messageId());
    }
    UpdateDialog update = UpdateDialog.of(message.dialogId()).withOperatorId(request.operatorId());
    return updateDialog(update, now());
  }

  /**
   * One page of messages: the account's or one client's, narrowed by the request's filters.
   *
   * @throws RecordNotFoundException for an unknown client
   */
  public synchronized Page<Message> listMessages(ListMessages request) {
    if (request.clientId() != null) {
      data.clients.get(request.clientId(), "client_id");
    }
    return data.messages.page(request);
  }

  // Dialogs and transfers

  /** One page of the account's dialogs. */
  public synchronized Page<Dialog> listDialogs(ListDialogs request) {
    return data.dialogs.page(request).map(this::view);
  }

  /**
   * The dialog a request names.
   *
   * @throws RecordNotFoundException for an unknown dialog
   */
  public synchronized Dialog getDialog(GetDialog request) {
    return view(data.dialogs.get(request.id(), null));
  }

  /** One page of the open dialogs whose client waits for an answer. */
  public synchronized Page<Dialog> listUnansweredDialogs(ListUnansweredDialogs request) {
    return data.dialogs.unanswered(request).map(this::view);
  }

  /**
   * Reassigns, closes or reopens a dialog as {@code PUT /v1/dialogs/{id}} does: a new operator
   * records a transfer, the same one changes nothing.
   *
   * @throws RecordNotFoundException for an unknown dialog or operator
   * @throws StateConflictException when the dialog already has the asked state; nothing changes
   */
  public synchronized Dialog updateDialog(UpdateDialog request) {
    return updateDialog(request, now());
  }

  /** Opens a dialog for a seed: the client's open one, or a new one held by the operator. */
  synchronized long openDialog(long clientId, Long operatorId, Instant at) {
    return data.dialogs.forMessage(clientId, operatorId, at).id();
  }

  synchronized Dialog updateDialog(UpdateDialog request, Instant at) {
    Dialog before = view(data.dialogs.get(request.id(), null));
    Dialog after = view(Conversations.updateDialog(data, request, at));
    events.dialogChanged(before, after, at);
    return after;
  }

  /**
   * Reports that the messenger delivered an outgoing message or that the client read it, as an
   * {@code outbox_status} event (ours: the real payload is not public). The message itself does not
   * change: its {@code read} flag is the operators' mark of incoming messages.
   *
   * @param status {@code delivered} or {@code read}
   * @throws RecordNotFoundException for an unknown message
   * @throws InvalidFieldsException for another status ({@code status}) or an incoming message
   *     ({@code message_id})
   */
  public synchronized Message changeDeliveryStatus(long messageId, String status) {
    Message message = data.messages.get(messageId, null);
    if (!DELIVERY_STATUSES.contains(status)) {
      throw InvalidFieldsException.of("status", "must be one of " + DELIVERY_STATUSES);
    }
    if (message.isIncoming() || message.dialogId() == null) {
      throw InvalidFieldsException.of("message_id", "must name a message sent to a client");
    }
    Instant at = now();
    events.status(message, view(data.dialogs.get(message.dialogId(), null)), status, at);
    return message;
  }

  /** One page of the account's transfers in id order, optionally of one dialog or operator. */
  public synchronized Page<Transfer> listTransfers(ListTransfers request) {
    return data.dialogs.transfers(request);
  }

  // Snapshots and lookups for tests and seeds

  /** The client with this id, if the account has one, with its channels. */
  public synchronized Optional<Client> client(long id) {
    return data.clients.find(id).map(ClientEntry::withChannels).map(this::tagged);
  }

  /** The message with this id, if the account has one. */
  public synchronized Optional<Message> message(long id) {
    return data.messages.find(id);
  }

  /** The dialog with this id, if the account has one. */
  public synchronized Optional<Dialog> findDialog(long id) {
    return data.dialogs.find(id).map(this::view);
  }

  /** The operator with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockOperator> operatorNamed(String name) {
    return data.operators.named(name);
  }

  /** The channel with this name, if the account has one; the first one wins. */
  public synchronized Optional<MockChannel> channelNamed(String name) {
    return data.channels.named(name);
  }

  /** A snapshot of every client, in id order, as listings show them (without channels). */
  public synchronized List<Client> clients() {
    return data.clients.snapshot().stream().map(this::tagged).toList();
  }

  /** A snapshot of every message, in id order. */
  public synchronized List<Message> messages() {
    return data.messages.snapshot();
  }

  /** A snapshot of one client's messages, in id order; empty for an unknown client. */
  public synchronized List<Message> messagesOf(long clientId) {
    return data.messages.ofClient(clientId);
  }

  /** A snapshot of every dialog, in id order. */
  public synchronized List<Dialog> dialogs() {
    return data.dialogs.snapshot().stream().map(this::view).toList();
  }

  /** The newest dialog of a client, open or closed, if it has one. */
  public synchronized Optional<Dialog> latestDialogOf(long clientId) {
    return data.dialogs.latestOf(clientId).map(this::view);
  }

  /** A snapshot of every transfer record, in id order. */
  public synchronized List<Transfer> transfers() {
    return data.dialogs.transfersSnapshot();
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
    return data.messages.lastPageReads(clientId);
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
   * @throws RecordNotFoundException for an unknown message (named by the path), one outside any
   *     dialog, or an unknown group ({@code group_id})
   */
  public synchronized Void transferMessageDialogToGroup(TransferMessageDialogToGroup request) {
    Message message = data.messages.get(request.messageId(), null);
    if (message.dialogId() == null) {
      throw new RecordNotFoundException(null, request.messageId());
    }
    reference.operators().requireGroup(request.groupId(), "group_id");
    data.dialogs.release(message.dialogId());
    reference.operators().giveToGroup(message.dialogId(), request.groupId());
    return null;
  }

  /** Whether the account has had a request (conversation) with this id. */
  synchronized boolean hasRequest(long requestId) {
    return data.dialogs.hasRequest(requestId);
  }

  private Client tagged(Client client) {
    return reference.tags().tagged(client);
  }

  /** The receipt the API answers for a stored message. */
  static SentMessage receipt(Message message) {
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

  private Dialog view(DialogEntry dialog) {
    return DialogsData.view(dialog, data.messages);
  }

  Instant now() {
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
