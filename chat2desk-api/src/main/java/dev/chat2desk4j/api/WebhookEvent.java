package dev.chat2desk4j.api;

/**
 * An event a webhook can subscribe to. Every delivery's {@code hook_type} equals the event's wire
 * name. An event this library does not know yet arrives as {@link #UNKNOWN}, so that an event added
 * on the server never breaks a client reading its webhooks; it cannot be subscribed to.
 */
public enum WebhookEvent {
  /** A client's message came in. */
  INBOX("inbox"),
  /** A message went out to a client, sent by an operator, a bot or an automation. */
  OUTBOX("outbox"),
  /** The messenger reported a delivery problem with an outgoing message. */
  OUTBOX_STATUS("outbox_status"),
  /** An operator wrote an internal comment. */
  COMMENT("comment"),
  /** A new client appeared. */
  NEW_CLIENT("new_client"),
  /** A new request (conversation) began. */
  NEW_REQUEST("new_request"),
  /** A tag was put on a client. */
  ADD_TAG_TO_CLIENT("add_tag_to_client"),
  /** A tag was put on a request. */
  ADD_TAG_TO_REQUEST("add_tag_to_request"),
  /** A tag was taken off a client. */
  DELETE_TAG_FROM_CLIENT("delete_tag_from_client"),
  /** A tag was taken off a request. */
  DELETE_TAG_FROM_REQUEST("delete_tag_from_request"),
  /** A client's data changed. */
  CLIENT_UPDATED("client_updated"),
  /** A dialog was closed. */
  CLOSE_DIALOG("close_dialog"),
  /** A request was closed. */
  CLOSE_REQUEST("close_request"),
  /**
   * A dialog moved to another operator. The wire name is {@code dialog_transferred}, not {@code
   * dialog_transfer}, which is the name of a script handler.
   */
  DIALOG_TRANSFERRED("dialog_transferred"),
  /** A messenger channel produced a new QR code to link a device. */
  NEW_QR_CODE("new_qr_code"),
  /** A ticket was created. */
  NEW_TICKET("new_ticket"),
  /** A ticket changed. */
  TICKET_UPDATED("ticket_updated"),
  /** A ticket was deleted. */
  TICKET_DELETED("ticket_deleted"),
  /** A client was put on the blacklist. */
  CLIENT_ADDED_TO_BLACKLIST("client_added_to_blacklist"),
  /** A message was imported into the account's history. */
  IMPORTED_MESSAGE("imported_message"),
  /** An event this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookEvent(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The event's name in a webhook's {@code events} and in a delivery's {@code hook_type}. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses an event name, ignoring case.
   *
   * @param value the name, or null
   * @return the matching event, or {@link #UNKNOWN} for null and for names not known here
   */
  public static WebhookEvent fromWire(String value) {
    return WireValues.parse(values(), WebhookEvent::wireValue, value, UNKNOWN);
  }
}
