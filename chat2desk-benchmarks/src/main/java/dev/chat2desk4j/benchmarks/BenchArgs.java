package dev.chat2desk4j.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** Reads {@code --name=value} options of a benchmark's command line; anything else is refused. */
final class BenchArgs {

  private final Map<String, String> values = new HashMap<>();

  BenchArgs(String... args) {
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Options look like --name=value, not " + arg);
      }
      values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
  }

  int integer(String name, int defaultValue) {
    String value = values.remove(name);
    return value == null ? defaultValue : Integer.parseInt(value);
  }

  /** Fails on options that no {@link #integer} call asked for, so that typos do not go unseen. */
  void requireAllUsed() {
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("Unknown options: " + values.keySet());
    }
  }
}
