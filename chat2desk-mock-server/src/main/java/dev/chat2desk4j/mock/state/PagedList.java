package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An append-only list of items in id order that answers a page in O(page) in either direction: a
 * page is a slice computed from the offset, never a scan. Ids are positions plus one, since nothing
 * is ever deleted and a reset replaces the whole account's data. Not thread-safe; the account
 * guards it.
 */
final class PagedList<T> {

  private final List<T> items = new ArrayList<>();
  private long lastItemsRead;

  void add(T item) {
    items.add(item);
  }

  int size() {
    return items.size();
  }

  /** The item at a zero-based position in id order. */
  T get(int position) {
    return items.get(position);
  }

  void set(int position, T item) {
    items.set(position, item);
  }

  List<T> snapshot() {
    return List.copyOf(items);
  }

  Page<T> page(int offset, int limit, SortOrder order) {
    int size = items.size();
    int count = Math.max(0, Math.min(limit, size - offset));
    List<T> page = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int position = order == SortOrder.DESC ? size - 1 - offset - i : offset + i;
      page.add(items.get(position));
    }
    lastItemsRead = count;
    return new Page<>(page, size, limit, offset);
  }

  /** How many items the last {@link #page} call touched: the test hook for the O(page) promise. */
  long lastItemsRead() {
    return lastItemsRead;
  }

  /** The item with this id (its position plus one), if the list has one. */
  static <T> Optional<T> find(PagedList<T> list, long id) {
    return id < 1 || id > list.size() ? Optional.empty() : Optional.of(list.get((int) id - 1));
  }

  /** One page of a list that was already filtered and ordered, with the list's size as total. */
  static <T> Page<T> slice(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(), limit, offset);
  }
}
