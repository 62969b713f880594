package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a listing, with the API's pagination {@code meta}.
 *
 * <p>{@code total} is an {@link OptionalLong} component, against the usual rule of nullable record
 * components, because the API omits {@code meta.total} on some answers: a caller that prints or
 * compares the total must decide what "unknown" means, and an optional makes the compiler ask. A
 * page whose total is unknown still pages correctly, since {@link #hasNext()} also ends a listing
 * on a short page.
 *
 * @param items the items on this page
 * @param total how many items the whole listing holds, or empty when the answer did not say
 * @param limit the page size the server applied ({@code meta.limit}), else the one asked for
 * @param offset how many items of the listing come before this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, OptionalLong total, int limit, int offset) {

  /** Copies {@code items} and checks that the numbers can describe a page. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(total, "total");
    if (total.isPresent() && total.getAsLong() < 0) {
      throw new IllegalArgumentException("total must not be negative but was " + total.getAsLong());
    }
    Checks.offset(offset);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative but was " + limit);
    }
  }

  /**
   * A page whose answer said how many items the listing holds.
   *
   * @param items the items on this page
   * @param total how many items the whole listing holds
   * @param limit the page size the server applied, else the one asked for
   * @param offset how many items of the listing come before this page
   */
  public Page(List<T> items, long total, int limit, int offset) {
    this(items, OptionalLong.of(total), limit, offset);
  }

  /**
   * Whether items may follow this page: it is not empty, it is full (at least {@code limit} items),
   * and, when the total is known, the next offset is still below it. A short page ends a listing
   * whatever the total says, so a listing whose answers carry no total still ends.
   */
  public boolean hasNext() {
    return !items.isEmpty()
        && items.size() >= limit
        && (total.isEmpty() || nextOffset() < total.getAsLong());
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
