package dev.chat2desk4j.api;

/**
 * A request for one page of a listing. Every listing pages the same way, by {@code limit} and
 * {@code offset}, which lets {@link Chat2Desk} turn any of them into a lazy stream of all items.
 *
 * @param <T> the item type
 * @param <Q> the request type itself, so that the copies keep it
 */
public sealed interface ListRequest<T, Q extends ListRequest<T, Q>>
    extends Chat2DeskRequest<Page<T>>
    permits ListMessages,
        ListClients,
        ListTransfers,
        ListClientDialogs,
        ListDialogs,
        ListUnansweredDialogs,
        ListOperators,
        ListChannels,
        ListTags,
        ListTemplates {

  /** The page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}. */
  int limit();

  /** How many items of the listing come before the page; not negative. */
  int offset();

  /**
   * This request with another page size.
   *
   * @throws IllegalArgumentException when {@code limit} is not within 1 and {@link
   *     ApiLimits#MAX_PAGE_SIZE}
   */
  Q withLimit(int limit);

  /**
   * This request starting at another offset.
   *
   * @throws IllegalArgumentException when {@code offset} is negative
   */
  Q withOffset(int offset);
}
