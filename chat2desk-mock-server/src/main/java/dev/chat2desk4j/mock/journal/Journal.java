package dev.chat2desk4j.mock.journal;

import dev.chat2desk4j.api.Operation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The bounded request journal of a fake server: at most {@code capacity} entries and {@code
 * maxBytes} bytes, the oldest entries dropped first when either is reached; the newest entry always
 * stays. An entry costs its kept body, query, path and parameters, plus {@link
 * #ENTRY_OVERHEAD_BYTES} for the rest. Read it through the server ({@code journal()}, {@code
 * verify()}); the server's pipeline adds to it. Thread-safe.
 *
 * <p>Next to each entry it keeps what the fake answered (the same object, no copy), so that send
 * verification reads the message as stored rather than the journal's possibly cut body.
 */
public final class Journal {

  /** What an entry costs beyond its body, query, path and parameters. */
  public static final int ENTRY_OVERHEAD_BYTES = 128;

  /**
   * One journalled request.
   *
   * @param entry the request as the journal keeps it
   * @param answer what the fake answered, such as the {@code SentMessage} of an accepted send, or
   *     null when it answered an error
   */
  record Recorded(JournalEntry entry, Object answer, long cost) {}

  private final int capacity;
  private final long maxBytes;
  private final Function<Operation, String> routeNames;
  private final Deque<Recorded> entries = new ArrayDeque<>();
  private long bytes;

  /**
   * An empty journal.
   *
   * @param capacity the most entries it keeps
   * @param maxBytes the most bytes its entries may cost
   * @param routeNames the HTTP method and path of each operation, such as {@code POST
   *     /v1/messages}, for failure messages
   */
  public Journal(int capacity, long maxBytes, Function<Operation, String> routeNames) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.routeNames = Objects.requireNonNull(routeNames, "routeNames");
  }

  /**
   * Adds a request.
   *
   * @param answer what the fake answered, or null for an error or no answer
   */
  public synchronized void add(JournalEntry entry, Object answer) {
    long cost = entry.cost() + ENTRY_OVERHEAD_BYTES;
    entries.addLast(new Recorded(entry, answer, cost));
    bytes += cost;
    while (entries.size() > capacity || (bytes > maxBytes && entries.size() > 1)) {
      bytes -= entries.removeFirst().cost();
    }
  }

  /** The kept entries, oldest first. */
  public synchronized List<JournalEntry> entries() {
    return entries.stream().map(Recorded::entry).toList();
  }

  synchronized List<Recorded> recorded() {
    return List.copyOf(entries);
  }

  /** Empties the journal. */
  public synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  /** The bytes the kept entries cost now. */
  public synchronized long bytes() {
    return bytes;
  }

  /** The most entries the journal keeps. */
  public int capacity() {
    return capacity;
  }

  /** The most bytes the kept entries may cost. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Fluent checks on what the journal holds; see {@link Verification}. */
  public Verification verify() {
    return new Verification(this);
  }

  String routeName(Operation operation) {
    return routeNames.apply(operation);
  }
}
