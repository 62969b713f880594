package dev.chat2desk4j.api;

/**
 * A request for one dialog ({@code GET /v1/dialogs/{id}}). Make it with {@link #of(long)}.
 *
 * @param id the dialog's id; positive
 */
public record GetDialog(long id) implements Chat2DeskRequest<Dialog> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetDialog {
    Checks.positive(id, "id");
  }

  /**
   * The dialog with this id.
   *
   * @param id the dialog's id; positive
   * @return the request
   */
  public static GetDialog of(long id) {
    return new GetDialog(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_DIALOG;
  }
}
