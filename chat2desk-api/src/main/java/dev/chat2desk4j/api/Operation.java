package dev.chat2desk4j.api;

/**
 * The four operations of {@link Chat2Desk}, named as metrics, logs, exceptions and fault rules
 * refer to them.
 */
public enum Operation {
  /** {@link Chat2Desk#sendMessage(SendMessage)}. */
  SEND_MESSAGE("sendMessage"),
  /** {@link Chat2Desk#listMessages(ListMessages)}. */
  LIST_MESSAGES("listMessages"),
  /** {@link Chat2Desk#listClients(ListClients)}. */
  LIST_CLIENTS("listClients"),
  /** {@link Chat2Desk#listTransfers(ListTransfers)}. */
  LIST_TRANSFERS("listTransfers");

  private final String methodName;

  Operation(String methodName) {
    this.methodName = methodName;
  }

  /**
   * The Java method name, such as {@code sendMessage}: short and stable, fit for a metric tag.
   *
   * @return the method name of the operation on {@link Chat2Desk}
   */
  public String methodName() {
    return methodName;
  }

  /** Whether the operation only reads, so that repeating it can never change the account. */
  public boolean isRead() {
    return this != SEND_MESSAGE;
  }
}
