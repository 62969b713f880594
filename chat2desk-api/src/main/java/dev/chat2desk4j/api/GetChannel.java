package dev.chat2desk4j.api;

/**
 * A request for one channel of the account ({@code GET /v1/channels/{id}}). Make it with {@link
 * #of(long)}.
 *
 * @param id the channel's id; positive
 */
public record GetChannel(long id) implements Chat2DeskRequest<Channel> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetChannel {
    Checks.positive(id, "id");
  }

  /**
   * The channel with this id.
   *
   * @param id the channel's id; positive
   * @return the request
   */
  public static GetChannel of(long id) {
    return new GetChannel(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_CHANNEL;
  }
}
