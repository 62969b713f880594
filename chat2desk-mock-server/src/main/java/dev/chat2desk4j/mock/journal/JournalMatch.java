package dev.chat2desk4j.mock.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An immutable query over what the journal recorded: a base set of items, conditions with their
 * descriptions, and the count checks that turn a mismatch into an {@link AssertionError} listing
 * what was actually received.
 *
 * @param <T> what is matched: a journal entry, or a send with the message it stored
 */
final class JournalMatch<T> {

  /** How many received requests a failure message lists before it abbreviates. */
  static final int MAX_LISTED = 20;

  private final Supplier<List<T>> journal;
  private final String what;
  private final Predicate<T> base;
  private final List<Predicate<T>> conditions;
  private final List<String> descriptions;
  private final Function<T, String> render;

  JournalMatch(
      Supplier<List<T>> journal, String what, Predicate<T> base, Function<T, String> render) {
    this(journal, what, base, List.of(), List.of(), render);
  }

  private JournalMatch(
      Supplier<List<T>> journal,
      String what,
      Predicate<T> base,
      List<Predicate<T>> conditions,
      List<String> descriptions,
      Function<T, String> render) {
    this.journal = journal;
    this.what = what;
    this.base = base;
    this.conditions = conditions;
    this.descriptions = descriptions;
    this.render = render;
  }

  JournalMatch<T> and(String description, Predicate<T> condition) {
    List<Predicate<T>> moreConditions = new ArrayList<>(conditions);
    moreConditions.add(condition);
    List<String> moreDescriptions = new ArrayList<>(descriptions);
    moreDescriptions.add(description);
    return new JournalMatch<>(
        journal, what, base, List.copyOf(moreConditions), List.copyOf(moreDescriptions), render);
  }

  List<T> matching() {
    return journal.get().stream().filter(base).filter(this::meetsAll).toList();
  }

  void expect(String expectation, Predicate<Integer> countIsRight) {
    List<T> candidates = journal.get().stream().filter(base).toList();
    long count = candidates.stream().filter(this::meetsAll).count();
    if (!countIsRight.test((int) count)) {
      throw new AssertionError(failure(expectation, count, candidates));
    }
  }

  private boolean meetsAll(T item) {
    return conditions.stream().allMatch(condition -> condition.test(item));
  }

  private String failure(String expectation, long count, List<T> candidates) {
    StringBuilder text =
        new StringBuilder("Expected ").append(expectation).append(' ').append(what);
    descriptions.stream()
        .filter(description -> !description.isEmpty())
        .forEach(description -> text.append(' ').append(description));
    text.append(", but ").append(count).append(" matched.");
    text.append("\nReceived ").append(what).append(" (").append(candidates.size()).append(')');
    if (candidates.isEmpty()) {
      return text.append(": none.").toString();
    }
    text.append(':');
    int listed = 0;
    for (T item : candidates) {
      if (listed++ == MAX_LISTED) {
        text.append("\n  … and ").append(candidates.size() - MAX_LISTED).append(" more");
        break;
      }
      text.append("\n  ").append(meetsAll(item) ? "* " : "- ").append(render.apply(item));
    }
    return text.toString();
  }

  /** One request as a failure message shows it: method, path, status and parameters. */
  static String describe(JournalEntry entry) {
    String described = describe(entry, entry.params());
    return entry.bodyTruncated()
        ? described + " (body of " + entry.bodySize() + " bytes, cut in the journal)"
        : described;
  }

  /** One request as a failure message shows it, with these parameters. */
  static String describe(JournalEntry entry, Map<String, String> params) {
    StringBuilder text =
        new StringBuilder(entry.method())
            .append(' ')
            .append(entry.path())
            .append(" -> ")
            .append(entry.status() == 0 ? "dropped" : String.valueOf(entry.status()));
    if (!params.isEmpty()) {
      text.append(' ').append(quoted(params));
    }
    return text.toString();
  }

  static String quoted(Map<String, String> params) {
    StringBuilder text = new StringBuilder("{");
    params.forEach(
        (name, value) -> {
          if (text.length() > 1) {
            text.append(", ");
          }
          String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
          text.append(name).append("=\"").append(shown).append('"');
        });
    return text.append('}').toString();
  }
}
