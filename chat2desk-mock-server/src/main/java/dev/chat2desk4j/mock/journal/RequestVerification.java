package dev.chat2desk4j.mock.journal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Requests from a {@code Chat2DeskMockServer}'s journal, narrowed step by step and then counted:
 * {@code verify().requests(Operation.LIST_CLIENTS).withParam("phone", "79001234567").once()}.
 *
 * <p>Immutable: every narrowing returns a new verification, and each count check reads the journal
 * afresh. Parameters and bodies are read from the journal, which keeps the first {@value
 * JournalEntry#BODY_LIMIT_BYTES} bytes of a body.
 */
public final class RequestVerification extends CountVerification {

  private final JournalMatch<JournalEntry> match;

  RequestVerification(
      Supplier<List<JournalEntry>> journal, String what, Predicate<JournalEntry> base) {
    this(new JournalMatch<>(journal, what, base, JournalMatch::describe));
  }

  private RequestVerification(JournalMatch<JournalEntry> match) {
    this.match = match;
  }

  /** Only requests with this HTTP method, such as {@code GET}. */
  public RequestVerification method(String method) {
    String upper = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    return new RequestVerification(
        match.and("with method " + upper, entry -> entry.method().equals(upper)));
  }

  /**
   * Only requests to this path, as the journal keeps it (repeated and trailing slashes removed);
   * {@code *} stands for any characters, as in {@code /v1/messages/*}.
   */
  public RequestVerification path(String path) {
    Objects.requireNonNull(path, "path");
    String regex = ("\\Q" + path + "\\E").replace("*", "\\E.*\\Q");
    return new RequestVerification(
        match.and("to path " + path, entry -> entry.path().matches(regex)));
  }

  /** Only requests with this parameter value, in the query string or the body. */
  public RequestVerification withParam(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return new RequestVerification(
        match.and(
            "with " + name + "=\"" + value + "\"",
            entry -> value.equals(entry.params().get(name))));
  }

  /** Only requests that were answered with this status; 0 means a dropped connection. */
  public RequestVerification withStatus(int status) {
    return new RequestVerification(
        match.and("answered " + status, entry -> entry.status() == status));
  }

  /** Only requests whose body contains this text. */
  public RequestVerification withBodyContaining(String part) {
    Objects.requireNonNull(part, "part");
    return new RequestVerification(
        match.and(
            "with a body containing \"" + part + "\"",
            entry -> entry.body() != null && entry.body().contains(part)));
  }

  @Override
  JournalMatch<JournalEntry> match() {
    return match;
  }

  /** The matching journal entries, oldest first. */
  public List<JournalEntry> entries() {
    return match.matching();
  }
}
