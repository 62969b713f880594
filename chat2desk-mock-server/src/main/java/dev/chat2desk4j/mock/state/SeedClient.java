package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A client a {@link Seed} creates, with its card and its dialogs. Start with {@link #of(String,
 * String)} and add to it with the copies: {@link #incoming(String)}, {@link #reply(String,
 * String)}, {@link #message(SeedMessage)} and {@link #transferTo(String)} write into the client's
 * last dialog while it is open, or else start a new open one; {@link #closeDialog()} closes it, and
 * {@link #dialog(SeedDialog)} adds a whole dialog.
 *
 * @param name the client's name, or null
 * @param phone the phone number, or null
 * @param transport the client's messenger, or null for each channel's
 * @param channels the names of the channels of the seed or the account the client writes through;
 *     the first is where its messages go when a send names no channel
 * @param card what operators wrote on the client's card
 * @param dialogs the client's dialogs, oldest first; all but the last are closed
 */
public record SeedClient(
    String name,
    String phone,
    Transport transport,
    List<String> channels,
    ClientCard card,
    List<SeedDialog> dialogs) {

  /**
   * Copies the lists; null lists become empty and a null card an empty one.
   *
   * @throws IllegalArgumentException when a dialog before the last is open
   */
  public SeedClient {
    channels = channels == null ? List.of() : List.copyOf(channels);
    card = card == null ? ClientCard.empty() : card;
    dialogs = dialogs == null ? List.of() : List.copyOf(dialogs);
    for (int i = 0; i < dialogs.size() - 1; i++) {
      if (dialogs.get(i).state() == DialogState.OPEN) {
        throw new IllegalArgumentException(
            "Seed client '" + name + "' has an open dialog before its last one");
      }
    }
  }

  /** A client with a name and a phone, no card and no history. */
  public static SeedClient of(String name, String phone) {
    return new SeedClient(name, phone, null, List.of(), ClientCard.empty(), List.of());
  }

  /** The channel the client's messages go through when a send names none, or null. */
  public String channel() {
    return channels.isEmpty() ? null : channels.get(0);
  }

  /** This client writing through the given messenger. */
  public SeedClient withTransport(Transport transport) {
    return new SeedClient(name, phone, transport, channels, card, dialogs);
  }

  /** This client writing through the channel with this name only. */
  public SeedClient withChannel(String channel) {
    return withChannels(channel);
  }

  /** This client reachable through these channels; its messages go through the first. */
  public SeedClient withChannels(String... channels) {
    return new SeedClient(name, phone, transport, List.of(channels), card, dialogs);
  }

  /** This client with the given card. */
  public SeedClient withCard(ClientCard card) {
    return new SeedClient(name, phone, transport, channels, card, dialogs);
  }

  /** This client with one more dialog after its others. */
  public SeedClient dialog(SeedDialog dialog) {
    List<SeedDialog> more = new ArrayList<>(dialogs);
    more.add(Objects.requireNonNull(dialog, "dialog"));
    return new SeedClient(name, phone, transport, channels, card, more);
  }

  /** This client with one more message in its open dialog. */
  public SeedClient message(SeedMessage message) {
    return inOpenDialog(dialog -> dialog.message(message));
  }

  /** This client having written a message. */
  public SeedClient incoming(String text) {
    return inOpenDialog(dialog -> dialog.incoming(text));
  }

  /** This client having received a reply from the named operator (or null for none). */
  public SeedClient reply(String operator, String text) {
    return inOpenDialog(dialog -> dialog.reply(operator, text));
  }

  /** This client's open dialog moved to the named operator after its messages so far. */
  public SeedClient transferTo(String operator) {
    return inOpenDialog(dialog -> dialog.transferTo(operator));
  }

  /**
   * This client's open dialog closed: a message added after it starts a new dialog.
   *
   * @throws IllegalStateException when the client has no open dialog
   */
  public SeedClient closeDialog() {
    if (!hasOpenDialog()) {
      throw new IllegalStateException("Seed client '" + name + "' has no open dialog to close");
    }
    return replaceLast(dialogs.get(dialogs.size() - 1).withState(DialogState.CLOSED));
  }

  private SeedClient inOpenDialog(UnaryOperator<SeedDialog> change) {
    if (hasOpenDialog()) {
      return replaceLast(change.apply(dialogs.get(dialogs.size() - 1)));
    }
    return dialog(change.apply(SeedDialog.open()));
  }

  private boolean hasOpenDialog() {
    return !dialogs.isEmpty() && dialogs.get(dialogs.size() - 1).state() == DialogState.OPEN;
  }

  private SeedClient replaceLast(SeedDialog dialog) {
    List<SeedDialog> changed = new ArrayList<>(dialogs);
    changed.set(changed.size() - 1, dialog);
    return new SeedClient(name, phone, transport, channels, card, changed);
  }
}
