package dev.chat2desk4j.api;

/**
 * A request for the latest message a client wrote ({@code GET /v1/clients/{id}/last_question}). The
 * public sources do not show this answer's shape; reading it as one {@link Message} is ours. Make
 * it with {@link #of(long)}.
 *
 * @param clientId the client's id; positive
 */
public record GetClientLastQuestion(long clientId) implements Chat2DeskRequest<Message> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetClientLastQuestion {
    Checks.positive(clientId, "clientId");
  }

  /**
   * The latest incoming message of this client.
   *
   * @param clientId the client's id; positive
   * @return the request
   */
  public static GetClientLastQuestion of(long clientId) {
    return new GetClientLastQuestion(clientId);
  }

  @Override
  public Operation operation() {
    return Operation.GET_CLIENT_LAST_QUESTION;
  }
}
