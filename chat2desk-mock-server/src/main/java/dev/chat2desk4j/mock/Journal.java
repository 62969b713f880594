package dev.chat2desk4j.mock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The bounded request journal: the oldest entry is dropped when it is full. Thread-safe. */
final class Journal {

  private final int capacity;
  private final Deque<JournalEntry> entries = new ArrayDeque<>();

  Journal(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(JournalEntry entry) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
  }

  int capacity() {
    return capacity;
  }
}
