package dev.chat2desk4j.api;

/**
 * A request for one client of the account with its channels ({@code GET /v1/clients/{id}}). Make it
 * with {@link #of(long)}.
 *
 * @param id the client's id; positive
 */
public record GetClient(long id) implements Chat2DeskRequest<Client> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetClient {
    Checks.positive(id, "id");
  }

  /**
   * The client with this id.
   *
   * @param id the client's id; positive
   * @return the request
   */
  public static GetClient of(long id) {
    return new GetClient(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_CLIENT;
  }
}
