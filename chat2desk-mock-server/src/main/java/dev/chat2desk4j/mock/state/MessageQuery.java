package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.SortOrder;
import java.util.Objects;

/**
 * A page of messages as {@code GET /v1/messages} asks for it: one client's or the whole account's,
 * with the wire's optional filters, which {@link ListMessages} does not carry.
 *
 * @param clientId the client whose messages to list, or null for every client's
 * @param limit the page size
 * @param offset how many matching messages come before the page
 * @param order oldest or newest first
 * @param filter the filters; {@link MessageFilter#NONE} for none
 */
public record MessageQuery(
    Long clientId, int limit, int offset, SortOrder order, MessageFilter filter) {

  /** Checks that the order and the filter are present. */
  public MessageQuery {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(filter, "filter");
  }

  /** The query a {@link ListMessages} request makes: one client's page, unfiltered. */
  public static MessageQuery of(ListMessages request) {
    return new MessageQuery(
        request.clientId(), request.limit(), request.offset(), request.order(), MessageFilter.NONE);
  }
}
