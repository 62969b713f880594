package dev.chat2desk4j.api;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A request for one page of messages ({@code GET /v1/messages}): the account's, or one client's.
 * Make it with {@link #of()} or {@link #of(long)} and narrow it with the {@code with…} copies;
 * every value is checked when the record is made, before any I/O.
 *
 * @param clientId only this client's messages, or null for the whole account's
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many messages to skip; not negative
 * @param order oldest first ({@link SortOrder#ASC}, the API's default) or newest first
 * @param transport only the messages of this messenger, or null for all
 * @param channelId only the messages of this channel, or null for all
 * @param type only the messages of this kind, or null for all
 * @param dialogId only the messages of this dialog, or null for all
 * @param read only the read ({@code true}) or unread ({@code false}) messages, or null for all
 * @param operatorId only the messages of this operator, or null for all
 * @param startDate only the messages created at or after this moment, or null
 * @param finishDate only the messages created at or before this moment, or null; not before {@code
 *     startDate}
 * @param startId only the messages whose id is at least this one, or null
 */
public record ListMessages(
    Long clientId,
    int limit,
    int offset,
    SortOrder order,
    Transport transport,
    Long channelId,
    MessageType type,
    Long dialogId,
    Boolean read,
    Long operatorId,
    Instant startDate,
    Instant finishDate,
    Long startId)
    implements ListRequest<Message, ListMessages> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListMessages {
    Checks.positiveOrNull(clientId, "clientId");
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Objects.requireNonNull(order, "order");
    Checks.knownOrNull(transport, Transport.UNKNOWN, "transport");
    Checks.positiveOrNull(channelId, "channelId");
    Checks.knownOrNull(type, MessageType.UNKNOWN, "type");
    Checks.positiveOrNull(dialogId, "dialogId");
    Checks.positiveOrNull(operatorId, "operatorId");
    if (startDate != null && finishDate != null && startDate.isAfter(finishDate)) {
      throw new IllegalArgumentException(
          "startDate must not be after finishDate but was " + startDate + " > " + finishDate);
    }
    Checks.positiveOrNull(startId, "startId");
  }

  /**
   * The first page of the account's messages, oldest first, in pages of {@link
   * ApiLimits#DEFAULT_PAGE_SIZE}.
   */
  public static ListMessages of() {
    return new ListMessages(
        null,
        ApiLimits.DEFAULT_PAGE_SIZE,
        0,
        SortOrder.ASC,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * The first page of the client's messages, oldest first, in pages of {@link
   * ApiLimits#DEFAULT_PAGE_SIZE}.
   */
  public static ListMessages of(long clientId) {
    return of().withClientId(clientId);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_MESSAGES;
  }

  @Override
  public ListMessages withLimit(int limit) {
    return copy(c -> c.limit = limit);
  }

  @Override
  public ListMessages withOffset(int offset) {
    return copy(c -> c.offset = offset);
  }

  /** This request in another order; {@link SortOrder#DESC} lists the latest messages first. */
  public ListMessages withOrder(SortOrder order) {
    return copy(c -> c.order = order);
  }

  /** This request narrowed to one client's messages. */
  public ListMessages withClientId(long clientId) {
    return copy(c -> c.clientId = clientId);
  }

  /** This request narrowed to the messages of one messenger. */
  public ListMessages withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return copy(c -> c.transport = transport);
  }

  /** This request narrowed to the messages of one channel. */
  public ListMessages withChannelId(long channelId) {
    return copy(c -> c.channelId = channelId);
  }

  /** This request narrowed to one kind of message, such as {@link MessageType#FROM_CLIENT}. */
  public ListMessages withType(MessageType type) {
    Objects.requireNonNull(type, "type");
    return copy(c -> c.type = type);
  }

  /** This request narrowed to the messages of one dialog. */
  public ListMessages withDialogId(long dialogId) {
    return copy(c -> c.dialogId = dialogId);
  }

  /** This request narrowed to the read messages, or to the unread ones. */
  public ListMessages withRead(boolean read) {
    return copy(c -> c.read = read);
  }

  /** This request narrowed to the messages of one operator. */
  public ListMessages withOperatorId(long operatorId) {
    return copy(c -> c.operatorId = operatorId);
  }

  /** This request narrowed to the messages created at or after the given moment. */
  public ListMessages withStartDate(Instant startDate) {
    Objects.requireNonNull(startDate, "startDate");
    return copy(c -> c.startDate = startDate);
  }

  /** This request narrowed to the messages created at or before the given moment. */
  public ListMessages withFinishDate(Instant finishDate) {
    Objects.requireNonNull(finishDate, "finishDate");
    return copy(c -> c.finishDate = finishDate);
  }

  /**
   * This request narrowed to the messages whose id is at least the given one: the API's advice for
   * reading long histories, since ids, unlike offsets, do not shift while messages arrive.
   */
  public ListMessages withStartId(long startId) {
    return copy(c -> c.startId = startId);
  }

  /**
   * This request with one component changed. Thirteen components make a positional copy per {@code
   * with…} both long and easy to get wrong (seven of them are ids and times of the same types), so
   * each copy names the one component it changes; the constructor still checks all.
   */
  private ListMessages copy(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a {@link ListMessages} while one of them changes. */
  private static final class Copy {
    Long clientId;
    int limit;
    int offset;
    SortOrder order;
    Transport transport;
    Long channelId;
    MessageType type;
    Long dialogId;
    Boolean read;
    Long operatorId;
    Instant startDate;
    Instant finishDate;
    Long startId;

    Copy(ListMessages from) {
      clientId = from.clientId;
      limit = from.limit;
      offset = from.offset;
      order = from.order;
      transport = from.transport;
      channelId = from.channelId;
      type = from.type;
      dialogId = from.dialogId;
      read = from.read;
      operatorId = from.operatorId;
      startDate = from.startDate;
      finishDate = from.finishDate;
      startId = from.startId;
    }

    ListMessages build() {
      return new ListMessages(
          clientId,
          limit,
          offset,
          order,
          transport,
          channelId,
          type,
          dialogId,
          read,
          operatorId,
          startDate,
          finishDate,
          startId);
    }
  }
}
