package dev.chat2desk4j.api;

/**
 * Every operation of {@link Chat2Desk}, named as metrics, logs, exceptions and fault rules refer to
 * them, with what repeating it does to the account ({@link #safety()}), which retry rules read.
 */
public enum Operation {
  /** {@link SendMessage}: {@code POST /v1/messages}. */
  SEND_MESSAGE("sendMessage", Safety.UNSAFE),
  /** {@link ListMessages}: {@code GET /v1/messages}. */
  LIST_MESSAGES("listMessages", Safety.SAFE),
  /** {@link ListClients}: {@code GET /v1/clients}. */
  LIST_CLIENTS("listClients", Safety.SAFE),
  /** {@link GetClient}: {@code GET /v1/clients/{id}}. */
  GET_CLIENT("getClient", Safety.SAFE),
  /** {@link ListTransfers}: {@code GET /v1/transfers}. */
  LIST_TRANSFERS("listTransfers", Safety.SAFE);

  /**
   * What repeating an operation does to the account, judged from the API's effect rather than the
   * HTTP method (the API marks a message read with a {@code GET}, for one).
   */
  public enum Safety {
    /** Only reads: repeating it changes nothing. */
    SAFE,
    /**
     * Changes the account, but a repeat leaves the same state as one call: marking a message read,
     * reassigning a dialog to the same operator, updating a client with the same values.
     */
    IDEMPOTENT,
    /**
     * Each call acts again: sending a message, creating a client. Repeating one whose first call
     * may have reached the API can act twice.
     */
    UNSAFE
  }

  private final String methodName;
  private final Safety safety;

  Operation(String methodName, Safety safety) {
    this.methodName = methodName;
    this.safety = safety;
  }

  /**
   * A short, stable camel-case name such as {@code sendMessage}, fit for a metric tag.
   *
   * @return the operation's name
   */
  public String methodName() {
    return methodName;
  }

  /** What repeating this operation does to the account. */
  public Safety safety() {
    return safety;
  }

  /**
   * Whether a call may be repeated after a failure that leaves its fate unknown (a read timeout, a
   * server error) without risk of acting twice: true for safe and idempotent operations.
   */
  public boolean isRepeatable() {
    return safety != Safety.UNSAFE;
  }
}
