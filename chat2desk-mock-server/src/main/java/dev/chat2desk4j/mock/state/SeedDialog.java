package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.MessageType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dialog of a {@link SeedClient}: its messages in order, the operator who held it from the
 * start, the transfers after its messages and, for a closed one, its end. Start with {@link
 * #open()} or {@link #closed()} and add to it with the other copies.
 *
 * <p>Without {@link #begin()} everything happens at the account clock's present. With it, the
 * dialog opens then, its messages follow one minute apart ({@link #MESSAGE_SPACING}), and each
 * transfer a minute after that; a closed dialog ends at {@link #end()}, or a minute after the last
 * of these.
 *
 * @param state whether the dialog stays open or is closed after its history
 * @param operator the name of the operator who holds it from the start, or null
 * @param begin when it opened, or null for the present
 * @param end when it closed, or null; only for a closed dialog with a {@code begin}
 * @param messages its history, oldest first; at least one when the seed is applied
 * @param transfersTo the names of the operators it moves to, in order, after its messages
 */
public record SeedDialog(
    DialogState state,
    String operator,
    Instant begin,
    Instant end,
    List<SeedMessage> messages,
    List<String> transfersTo) {

  /** The time between two seeded events of a dialog with a {@link #begin()}. */
  public static final Duration MESSAGE_SPACING = Duration.ofMinutes(1);

  /**
   * Checks the state and the times, and copies the lists; null lists become empty.
   *
   * @throws IllegalArgumentException for a state other than open and closed, an end without a begin
   *     or on an open dialog, or an end before the last event
   */
  public SeedDialog {
    Objects.requireNonNull(state, "state");
    if (state == DialogState.UNKNOWN) {
      throw new IllegalArgumentException("A seed dialog is open or closed");
    }
    messages = messages == null ? List.of() : List.copyOf(messages);
    transfersTo = transfersTo == null ? List.of() : List.copyOf(transfersTo);
    if (end != null && (begin == null || state == DialogState.OPEN)) {
      throw new IllegalArgumentException("Only a closed seed dialog with a begin has an end");
    }
    if (end != null && end.isBefore(eventTime(begin, messages.size() + transfersTo.size() - 1))) {
      throw new IllegalArgumentException(
          "A seed dialog's end must not come before its last message or transfer");
    }
  }

  /** An open dialog without history yet. */
  public static SeedDialog open() {
    return new SeedDialog(DialogState.OPEN, null, null, null, List.of(), List.of());
  }

  /** A closed dialog without history yet. */
  public static SeedDialog closed() {
    return new SeedDialog(DialogState.CLOSED, null, null, null, List.of(), List.of());
  }

  /** This dialog held by the named operator from the start. */
  public SeedDialog withOperator(String operator) {
    return new SeedDialog(state, operator, begin, end, messages, transfersTo);
  }

  /** This dialog opened at the given moment. */
  public SeedDialog withBegin(Instant begin) {
    return new SeedDialog(state, operator, begin, end, messages, transfersTo);
  }

  /** This closed dialog ended at the given moment. */
  public SeedDialog withEnd(Instant end) {
    return new SeedDialog(state, operator, begin, end, messages, transfersTo);
  }

  /** This dialog closed after its history (or open, for {@link DialogState#OPEN}). */
  public SeedDialog withState(DialogState state) {
    return new SeedDialog(state, operator, begin, end, messages, transfersTo);
  }

  /** This dialog with one more message. */
  public SeedDialog message(SeedMessage message) {
    List<SeedMessage> more = new ArrayList<>(messages);
    more.add(Objects.requireNonNull(message, "message"));
    return new SeedDialog(state, operator, begin, end, more, transfersTo);
  }

  /** This dialog with a message the client wrote. */
  public SeedDialog incoming(String text) {
    return message(new SeedMessage(MessageType.FROM_CLIENT, text, null));
  }

  /** This dialog with a reply from the named operator ({@code from}, or null for none). */
  public SeedDialog reply(String from, String text) {
    return message(new SeedMessage(MessageType.TO_CLIENT, text, from));
  }

  /** This dialog moved to the named operator after its messages. */
  public SeedDialog transferTo(String to) {
    List<String> more = new ArrayList<>(transfersTo);
    more.add(Objects.requireNonNull(to, "to"));
    return new SeedDialog(state, operator, begin, end, messages, more);
  }

  /**
   * When the dialog's event with this index happens (messages first, then transfers), or null
   * without a begin.
   */
  Instant eventTime(int index) {
    return eventTime(begin, index);
  }

  /** When the dialog ends, if it is closed; null for the present. */
  Instant endTime() {
    if (end != null || begin == null) {
      return end;
    }
    return eventTime(messages.size() + transfersTo.size());
  }

  private static Instant eventTime(Instant begin, int index) {
    return begin == null ? null : begin.plus(MESSAGE_SPACING.multipliedBy(Math.max(0, index)));
  }
}
