package dev.chat2desk4j.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks whose messages name the field and say what is wrong with the value. */
final class Checks {

  // Ours: the API documents no phone format; this accepts every international number and rejects
  // text, spaces and punctuation, which the API would store as a different client.
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

  private Checks() {}

  static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  static Long positiveOrNull(Long value, String field) {
    if (value != null) {
      positive(value, field);
    }
    return value;
  }

  static int pageLimit(int limit) {
    if (limit < 1 || limit > ApiLimits.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + ApiLimits.MAX_PAGE_SIZE + " but was " + limit);
    }
    return limit;
  }

  static int offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative but was " + offset);
    }
    return offset;
  }

  static String text(String text, String field) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int length = ApiLimits.textLength(text);
    if (length > ApiLimits.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + ApiLimits.MAX_TEXT_LENGTH
              + " characters but had "
              + length);
    }
    return text;
  }

  static String textOrNull(String text, String field) {
    return text == null ? null : text(text, field);
  }

  static String notBlankOrNull(String value, String field) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank when given");
    }
    return value;
  }

  /**
   * Checks a phone number. The value is not echoed in the message: a phone number is personal data,
   * and exception messages end up in logs.
   */
  static String phone(String phone, String field) {
    Objects.requireNonNull(phone, field);
    if (!PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException(
          field + " must be 5 to 20 digits with an optional leading +");
    }
    return phone;
  }

  /**
   * Checks a URL the API will fetch or call. The value is not echoed in the message: webhook URLs
   * often carry a secret in their path.
   */
  static String url(String url, String field) {
    Objects.requireNonNull(url, field);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw notUrl(field);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw notUrl(field);
    }
    return url;
  }

  static String urlOrNull(String url, String field) {
    return url == null ? null : url(url, field);
  }

  private static IllegalArgumentException notUrl(String field) {
    return new IllegalArgumentException(field + " must be an absolute http or https URL");
  }

  /** Copies a list of ids into an immutable list; null becomes empty, every id must be positive. */
  static List<Long> positiveIds(List<Long> ids, String field) {
    if (ids == null) {
      return List.of();
    }
    List<Long> copy = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Objects.requireNonNull(id, field);
      if (id <= 0) {
        throw new IllegalArgumentException(field + " must hold positive ids but held " + id);
      }
      copy.add(id);
    }
    return Collections.unmodifiableList(copy);
  }

  static List<Long> ids(long... ids) {
    List<Long> list = new ArrayList<>(Objects.requireNonNull(ids, "ids").length);
    for (long id : ids) {
      list.add(id);
    }
    return list;
  }

  static <T> List<T> notEmpty(List<T> values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return values;
  }

  static <E extends Enum<E>> E known(E value, E unknown, String field) {
    Objects.requireNonNull(value, field);
    if (value == unknown) {
      throw new IllegalArgumentException(field + " must be a known value but was " + value);
    }
    return value;
  }

  /** Copies a list of constants into an immutable list; null becomes empty, UNKNOWN is refused. */
  static <E extends Enum<E>> List<E> knownAll(List<E> values, E unknown, String field) {
    if (values == null) {
      return List.of();
    }
    for (E value : values) {
      Objects.requireNonNull(value, field);
      if (value == unknown) {
        throw new IllegalArgumentException(field + " must hold known values but held " + value);
      }
    }
    return List.copyOf(values);
  }

  static <E extends Enum<E>> E knownOrNull(E value, E unknown, String field) {
    return value == null ? null : known(value, unknown, field);
  }
}
