package dev.chat2desk4j.api;

/**
 * A request to give the dialog a message belongs to to a group of operators ({@code GET
 * /v1/messages/{id}/transfer_to_group?group_id=}: a {@code GET} that changes the dialog, idempotent
 * like {@link TransferMessageDialog}). Its answer carries nothing the caller needs: {@link
 * Chat2Desk#execute} returns null. Make it with {@link #of(long, long)}; the ids come in the order
 * the wire path reads them, the message first.
 *
 * @param messageId a message of the dialog to move; positive
 * @param groupId the operator group to give it to ({@link OperatorGroup#id()}); positive
 */
public record TransferMessageDialogToGroup(long messageId, long groupId)
    implements Chat2DeskRequest<Void> {

  /**
   * Checks the ids.
   *
   * @throws IllegalArgumentException naming the id that is not positive
   */
  public TransferMessageDialogToGroup {
    Checks.positive(messageId, "messageId");
    Checks.positive(groupId, "groupId");
  }

  /**
   * Gives the dialog of this message to this group.
   *
   * @param messageId a message of the dialog; positive
   * @param groupId the operator group; positive
   * @return the request
   */
  public static TransferMessageDialogToGroup of(long messageId, long groupId) {
    return new TransferMessageDialogToGroup(messageId, groupId);
  }

  @Override
  public Operation operation() {
    return Operation.TRANSFER_MESSAGE_DIALOG_TO_GROUP;
  }
}
