package dev.chat2desk4j.testkit.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * What the real-API probe found, call by call, as text for a person: each call's statuses and the
 * differences between the two answers' shapes, failing ones marked. The token is masked wherever it
 * might appear, though only field names, statuses and path templates are written.
 */
final class ProbeReport {

  private final String token;
  private final StringBuilder text = new StringBuilder("Real API probe: real answers vs fake\n");
  private final List<String> failures = new ArrayList<>();

  ProbeReport(String token) {
    this.token = token;
  }

  /** Compares the two answers to one call. */
  void compare(String call, RawApi.Answer real, RawApi.Answer fake) {
    line(call + ": real " + status(real) + ", fake " + status(fake));
    if (!real.ok()) {
      entry(call, false, "the real API answered " + status(real) + "; not compared");
    } else if (!fake.ok()) {
      entry(call, true, "the fake answers " + status(fake) + " where the real API answers 2xx");
    } else {
      for (JsonShape.Difference difference :
          JsonShape.compare(JsonShape.of(real.json()), JsonShape.of(fake.json()))) {
        line("  " + difference);
        if (difference.failing()) {
          failures.add(masked(call + "  " + difference.path() + ": " + difference.text()));
        }
      }
    }
  }

  /** A call not compared, for a reason that is no fault of the fake. */
  void note(String call, String why) {
    line(call);
    entry(call, false, why);
  }

  /** A call the fake cannot take part in, which fails the probe. */
  void fail(String call, String why) {
    line(call);
    entry(call, true, why);
  }

  /** The failing differences, one line each. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  /** The whole report. */
  String text() {
    String all =
        text + (failures.isEmpty() ? "No failing difference.\n" : failures.size() + " failing.\n");
    return masked(all);
  }

  private String masked(String text) {
    return text.replace(token, "****");
  }

  private void entry(String call, boolean failing, String what) {
    line("  " + (failing ? "FAIL  " : "note  ") + what);
    if (failing) {
      failures.add(masked(call + "  " + what));
    }
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private static String status(RawApi.Answer answer) {
    return answer.status() + (answer.json() == null ? " (not JSON)" : "");
  }
}
