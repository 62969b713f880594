package dev.chat2desk4j.api;

/**
 * A request for one message ({@code GET /v1/messages/{id}}). Make it with {@link #of(long)}.
 *
 * @param id the message's id; positive
 */
public record GetMessage(long id) implements Chat2DeskRequest<Message> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetMessage {
    Checks.positive(id, "id");
  }

  /**
   * The message with this id.
   *
   * @param id the message's id; positive
   * @return the request
   */
  public static GetMessage of(long id) {
    return new GetMessage(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_MESSAGE;
  }
}
