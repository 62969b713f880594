package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to reassign, close or reopen a dialog ({@code PUT /v1/dialogs/{id}}), answered with the
 * dialog as it is afterwards. Make it with {@link #of(long)} and set what changes with the {@code
 * with…} copies; an update that sets nothing is valid. Asking for the state the dialog already has
 * fails with {@link ConflictException}: nothing to do.
 *
 * @param id the dialog to change; positive
 * @param operatorId the operator to give the dialog to, or null to keep its operator
 * @param state {@link DialogState#OPEN} or {@link DialogState#CLOSED}, or null to keep its state
 * @param initiatorId the operator on whose behalf the change is made, or null
 */
public record UpdateDialog(long id, Long operatorId, DialogState state, Long initiatorId)
    implements Chat2DeskRequest<Dialog> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public UpdateDialog {
    Checks.positive(id, "id");
    Checks.positiveOrNull(operatorId, "operatorId");
    Checks.knownOrNull(state, DialogState.UNKNOWN, "state");
    Checks.positiveOrNull(initiatorId, "initiatorId");
  }

  /**
   * An update of this dialog that changes nothing yet.
   *
   * @param id the dialog to change; positive
   * @return the request
   */
  public static UpdateDialog of(long id) {
    return new UpdateDialog(id, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.UPDATE_DIALOG;
  }

  /** This update also giving the dialog to the given operator. */
  public UpdateDialog withOperatorId(long operatorId) {
    return new UpdateDialog(id, operatorId, state, initiatorId);
  }

  /** This update also opening or closing the dialog. */
  public UpdateDialog withState(DialogState state) {
    Objects.requireNonNull(state, "state");
    return new UpdateDialog(id, operatorId, state, initiatorId);
  }

  /** This update made on behalf of the given operator. */
  public UpdateDialog withInitiatorId(long initiatorId) {
    return new UpdateDialog(id, operatorId, state, initiatorId);
  }
}
