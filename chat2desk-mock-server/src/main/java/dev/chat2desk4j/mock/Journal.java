package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The bounded request journal: at most {@code capacity} entries and {@code maxBytes} bytes, the
 * oldest entries dropped first when either is reached; the newest entry always stays. An entry
 * costs its kept body, query and path, plus {@link #ENTRY_OVERHEAD_BYTES} for the rest.
 * Thread-safe.
 *
 * <p>Next to an accepted send it keeps the message the state stored (the same object, no copy), so
 * that send verification reads the stored text rather than the journal's possibly cut body.
 */
final class Journal {

  /** What an entry costs beyond its body, query and path: the record, its strings, the queue. */
  static final int ENTRY_OVERHEAD_BYTES = 128;

  /**
   * One journalled request.
   *
   * @param entry the request as the journal keeps it
   * @param stored the message the request stored (an accepted send), or null
   */
  record Recorded(JournalEntry entry, Message stored) {}

  private final int capacity;
  private final long maxBytes;
  private final Deque<Recorded> entries = new ArrayDeque<>();
  private long bytes;

  Journal(int capacity, long maxBytes) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  synchronized void add(JournalEntry entry, Message stored) {
    entries.addLast(new Recorded(entry, stored));
    bytes += cost(entry);
    while (entries.size() > capacity || (bytes > maxBytes && entries.size() > 1)) {
      bytes -= cost(entries.removeFirst().entry());
    }
  }

  synchronized List<JournalEntry> entries() {
    return entries.stream().map(Recorded::entry).toList();
  }

  synchronized List<Recorded> recorded() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  /** The bytes the kept entries cost now. */
  synchronized long bytes() {
    return bytes;
  }

  int capacity() {
    return capacity;
  }

  long maxBytes() {
    return maxBytes;
  }

  private static long cost(JournalEntry entry) {
    long body = entry.bodyTruncated() ? JournalEntry.BODY_LIMIT_BYTES : entry.bodySize();
    return body + entry.query().length() + entry.path().length() + ENTRY_OVERHEAD_BYTES;
  }
}
