package dev.chat2desk4j.api;

/**
 * A request to give the dialog a message belongs to to another operator ({@code GET
 * /v1/messages/{id}/transfer?operator_id=}: a {@code GET} that changes the dialog; giving it to the
 * same operator again changes nothing, so it is idempotent). Its answer carries nothing the caller
 * needs: {@link Chat2Desk#execute} returns null. Make it with {@link #of(long, long)}; the ids come
 * in the order the wire path reads them, the message first.
 *
 * @param messageId a message of the dialog to move; positive
 * @param operatorId the operator to give it to; positive
 * @param forceAssign the API's {@code force_assign} flag (added in 2025; the public sources do not
 *     say more), or null to leave it out
 */
public record TransferMessageDialog(long messageId, long operatorId, Boolean forceAssign)
    implements Chat2DeskRequest<Void> {

  /**
   * Checks the ids.
   *
   * @throws IllegalArgumentException naming the id that is not positive
   */
  public TransferMessageDialog {
    Checks.positive(messageId, "messageId");
    Checks.positive(operatorId, "operatorId");
  }

  /**
   * Gives the dialog of this message to this operator.
   *
   * @param messageId a message of the dialog; positive
   * @param operatorId the operator; positive
   * @return the request
   */
  public static TransferMessageDialog of(long messageId, long operatorId) {
    return new TransferMessageDialog(messageId, operatorId, null);
  }

  @Override
  public Operation operation() {
    return Operation.TRANSFER_MESSAGE_DIALOG;
  }

  /** This request with the API's {@code force_assign} flag set to the given value. */
  public TransferMessageDialog withForceAssign(boolean forceAssign) {
    return new TransferMessageDialog(messageId, operatorId, forceAssign);
  }
}
