package dev.chat2desk4j.api;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API refused the call because of the account's current state, not because the request is
 * malformed: a client with this phone already exists, the dialog already has the asked state, a
 * webhook already uses this URL, or any answer with status 409. Repeating the call fails the same
 * way; use what exists instead, or, when the state is already the one asked for, do nothing.
 */
public final class ConflictException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  // The existing client's id travels as a JSON string inside errors.client: "{\"id\":123}".
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9]{1,18})(?![0-9])");

  /** Which state refused the call; decided by {@link Chat2DeskException#fromResponse}. */
  enum Kind {
    CLIENT_EXISTS,
    STATE_ALREADY_SET,
    URL_IN_USE,
    OTHER
  }

  private final long existingId;

  ConflictException(RequestLine request, ErrorResponse response, Kind kind) {
    this(request, response, kind, existingId(response));
  }

  private ConflictException(RequestLine request, ErrorResponse response, Kind kind, long id) {
    super(request, response, advice(kind, id));
    this.existingId = id;
  }

  /**
   * The id of the object that already exists, when the API named it: the client with the phone a
   * {@link CreateClient} asked for. Read leniently: empty when the answer did not carry it in the
   * expected place and form.
   */
  public OptionalLong existingId() {
    return existingId > 0 ? OptionalLong.of(existingId) : OptionalLong.empty();
  }

  private static long existingId(ErrorResponse response) {
    for (String item : response.fieldErrors().getOrDefault("client", List.of())) {
      Matcher matcher = ID.matcher(item);
      if (matcher.find()) {
        return Long.parseLong(matcher.group(1));
      }
    }
    return 0;
  }

  private static String advice(Kind kind, long existingId) {
    return switch (kind) {
      case CLIENT_EXISTS ->
          "A client with this phone already exists"
              + (existingId > 0 ? " (id " + existingId + ")" : "")
              + "; use it instead of creating another.";
      case STATE_ALREADY_SET -> "The dialog already has this state; there is nothing to do.";
      case URL_IN_USE -> "Another webhook of the account already uses this URL; update that one.";
      case OTHER -> "The account's current state refuses it; read that state and act on it.";
    };
  }
}
