package dev.chat2desk4j.mock.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request whose fields break the API's rules, each field with its problems, in order. */
public final class InvalidFieldsException extends MockStateException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> problems;

  /**
   * Fields and their problems.
   *
   * @param problems field to problems, such as {@code phone -> ["must contain digits"]}; not empty
   */
  public InvalidFieldsException(Map<String, List<String>> problems) {
    super("Invalid fields: " + problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must name at least one field");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    problems.forEach((field, list) -> copy.put(field, List.copyOf(list)));
    this.problems = Collections.unmodifiableMap(copy);
  }

  /** One field with one problem. */
  public static InvalidFieldsException of(String field, String problem) {
    return new InvalidFieldsException(Map.of(field, List.of(problem)));
  }

  /** Each field with its problems, in the order they were found. */
  public Map<String, List<String>> problems() {
    return problems;
  }
}
