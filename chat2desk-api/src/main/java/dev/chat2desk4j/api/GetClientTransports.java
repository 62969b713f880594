package dev.chat2desk4j.api;

import java.util.List;

/**
 * A request for the channels and messengers a client can be reached through ({@code GET
 * /v1/clients/{id}/transport}), the same list {@link Client#channels()} holds when one client is
 * read. Make it with {@link #of(long)}.
 *
 * @param clientId the client's id; positive
 */
public record GetClientTransports(long clientId) implements Chat2DeskRequest<List<ClientChannel>> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetClientTransports {
    Checks.positive(clientId, "clientId");
  }

  /**
   * The channels of this client.
   *
   * @param clientId the client's id; positive
   * @return the request
   */
  public static GetClientTransports of(long clientId) {
    return new GetClientTransports(clientId);
  }

  @Override
  public Operation operation() {
    return Operation.GET_CLIENT_TRANSPORTS;
  }
}
