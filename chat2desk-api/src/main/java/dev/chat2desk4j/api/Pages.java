package dev.chat2desk4j.api;

import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy auto-pagination: a stream that fetches the next page only when the last one is used up. */
final class Pages {

  private Pages() {}

  /**
   * Streams every item of a listing, calling {@code fetch} with each page's offset in turn until a
   * page is empty, short or reaches the total. Nothing is fetched until the stream is consumed,
   * each page is fetched once, and only one page is held at a time.
   */
  static <T> Stream<T> stream(IntFunction<Page<T>> fetch) {
    return stream(fetch, 0);
  }

  /** Like {@link #stream(IntFunction)}, starting at {@code firstOffset} instead of 0. */
  static <T> Stream<T> stream(IntFunction<Page<T>> fetch, int firstOffset) {
    Objects.requireNonNull(fetch, "fetch");
    return StreamSupport.stream(new PageSpliterator<>(fetch, firstOffset), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

    private final IntFunction<Page<T>> fetch;
    private Iterator<T> current;
    private int nextOffset;
    private boolean lastPageFetched;

    PageSpliterator(IntFunction<Page<T>> fetch, int firstOffset) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.fetch = fetch;
      this.nextOffset = firstOffset;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (current == null || !current.hasNext()) {
        if (lastPageFetched) {
          current = null;
          return false;
        }
        // Drop the spent page before fetching the next, so that only one is ever reachable.
        current = null;
        Page<T> page = fetch.apply(nextOffset);
        nextOffset = page.nextOffset();
        // An empty or short page ends the listing even if total says otherwise (or says nothing):
        // the data may have shrunk while we paged, some answers carry no total, and asking again at
        // the same offset would loop forever.
        lastPageFetched = !page.hasNext();
        current = page.items().iterator();
      }
      action.accept(current.next());
      return true;
    }
  }
}
