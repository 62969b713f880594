package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.WebhookEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in an account that webhooks report, as the state saw it when it happened.
 * The account emits one per change, under its lock and so in the order of the changes, to the
 * {@link AccountEventListener}s of its {@link MockState}.
 *
 * @param id a stable id, unique in the state (ours): every delivery of this event carries it
 * @param type which event it is: {@code INBOX}, {@code OUTBOX}, {@code OUTBOX_STATUS}, {@code
 *     DIALOG_TRANSFERRED} or {@code CLOSE_DIALOG}
 * @param at when it happened, by the state's clock
 * @param client the client concerned, with its channels
 * @param message the message, for the message events; null otherwise
 * @param dialog the dialog as it is afterwards
 * @param fromOperatorId the operator who had the dialog, for a transfer; null otherwise
 * @param status the delivery status, for {@code OUTBOX_STATUS}; null otherwise
 * @param newClient whether an incoming message made its client
 * @param newRequest whether an incoming message began a request
 */
public record AccountEvent(
    String id,
    WebhookEvent type,
    Instant at,
    Client client,
    Message message,
    Dialog dialog,
    Long fromOperatorId,
    String status,
    boolean newClient,
    boolean newRequest) {

  /** Checks the fields every event has. */
  public AccountEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(dialog, "dialog");
  }

  /** The channel the event happened on, or null: what a webhook's channel filter looks at. */
  public Long channelId() {
    return message == null ? null : message.channelId();
  }
}
