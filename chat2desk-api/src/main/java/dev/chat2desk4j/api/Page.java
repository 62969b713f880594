package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing, with the API's pagination {@code meta}.
 *
 * @param items the items on this page, at most {@code limit} of them
 * @param total how many items the whole listing holds
 * @param limit the page size that was asked for
 * @param offset how many items of the listing come before this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  /** Copies {@code items} and checks that the numbers can describe a page. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative but was " + total);
    }
    Checks.offset(offset);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative but was " + limit);
    }
  }

  /** Whether items exist after this page: the next offset is still below {@code total}. */
  public boolean hasNext() {
    return !items.isEmpty() && nextOffset() < total;
  }

  /** The offset of the page that follows this one. */
  public int nextOffset() {
    return offset + items.size();
  }

  /**
   * This page with each item converted, keeping the pagination numbers.
   *
   * @param mapper converts one item
   * @param <R> the new item type
   * @return a new page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    List<R> mapped = items.stream().<R>map(mapper).toList();
    return new Page<>(mapped, total, limit, offset);
  }
}
