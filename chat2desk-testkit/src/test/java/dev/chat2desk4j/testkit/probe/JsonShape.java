package dev.chat2desk4j.testkit.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a JSON answer: which kinds of value each path holds, and which fields each object
 * has, merged over every element of an array, so that the shape of a real answer and of the fake's
 * answer to the same call can be compared whatever the values. A null says nothing about a path's
 * kind: the API sends null for any field it has no value for.
 */
final class JsonShape {

  /** The kinds of JSON value, null excepted. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN;

    boolean isContainer() {
      return this == OBJECT || this == ARRAY;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One way the fake's answer differs from the real one.
   *
   * @param path where, such as {@code data[].channels}
   * @param text what differs, readable
   * @param failing whether the difference is one of required structure, which fails the probe
   */
  record Difference(String path, String text, boolean failing) {
    @Override
    public String toString() {
      return (failing ? "FAIL  " : "note  ") + (path.isEmpty() ? "(answer)" : path) + ": " + text;
    }
  }

  /** The envelope's parts: the real answer having one the fake's lacks, or the reverse, fails. */
  private static final Set<String> ENVELOPE = Set.of("data", "meta", "status");

  private final EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
  private final Map<String, JsonShape> fields = new TreeMap<>();
  private JsonShape items;
  private boolean emptyArray;

  private JsonShape() {}

  /** The shape of a JSON value; null (Java's or JSON's) has no kind. */
  static JsonShape of(JsonNode node) {
    JsonShape shape = new JsonShape();
    shape.add(node);
    return shape;
  }

  private void add(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      kinds.add(Kind.OBJECT);
      node.properties()
          .forEach(
              field ->
                  fields
                      .computeIfAbsent(field.getKey(), k -> new JsonShape())
                      .add(field.getValue()));
    } else if (node.isArray()) {
      kinds.add(Kind.ARRAY);
      emptyArray |= node.isEmpty();
      for (JsonNode item : node) {
        if (items == null) {
          items = new JsonShape();
        }
        items.add(item);
      }
    } else if (node.isNumber()) {
      kinds.add(Kind.NUMBER);
    } else if (node.isBoolean()) {
      kinds.add(Kind.BOOLEAN);
    } else {
      kinds.add(Kind.STRING);
    }
  }

  /**
   * How the fake's answer differs from the real one. Failing, because a client reads answers by
   * their structure: an envelope part ({@code data}, {@code meta}, {@code status}) on one side
   * only, and a path holding a container on one side and something else on the other (an object
   * where the real API has an array, a text where it has an object). Only noted, because the client
   * tolerates them: a field on one side only (the real API adds fields over time, the fake renders
   * both generations of some), a number where the other has text, and an empty array where the
   * other has an object (a PHP server writes an empty object so).
   */
  static List<Difference> compare(JsonShape real, JsonShape fake) {
    List<Difference> differences = new ArrayList<>();
    compare("", real, fake, differences);
    return differences;
  }

  private static void compare(String path, JsonShape real, JsonShape fake, List<Difference> out) {
    if (real.kinds.isEmpty() || fake.kinds.isEmpty()) {
      return;
    }
    if (real.kinds.stream().noneMatch(fake.kinds::contains)) {
      boolean structure =
          real.kinds.stream().anyMatch(Kind::isContainer)
              || fake.kinds.stream().anyMatch(Kind::isContainer);
      boolean emptyForObject =
          (real.onlyEmptyArrays() && fake.kinds.contains(Kind.OBJECT))
              || (fake.onlyEmptyArrays() && real.kinds.contains(Kind.OBJECT));
      out.add(
          new Difference(
              path, "real " + real.kinds + ", fake " + fake.kinds, structure && !emptyForObject));
      return;
    }
    if (real.kinds.contains(Kind.OBJECT) && fake.kinds.contains(Kind.OBJECT)) {
      compareFields(path, real, fake, out);
    }
    if (real.items != null && fake.items != null) {
      compare(path + "[]", real.items, fake.items, out);
    }
  }

  private static void compareFields(
      String path, JsonShape real, JsonShape fake, List<Difference> out) {
    Set<String> names = new TreeSet<>(real.fields.keySet());
    names.addAll(fake.fields.keySet());
    for (String name : names) {
      String at = path.isEmpty() ? name : path + "." + name;
      JsonShape inReal = real.fields.get(name);
      JsonShape inFake = fake.fields.get(name);
      boolean envelope = path.isEmpty() && ENVELOPE.contains(name);
      if (inFake == null) {
        out.add(new Difference(at, "only in the real answer (" + inReal.kinds + ")", envelope));
      } else if (inReal == null) {
        out.add(new Difference(at, "only in the fake's answer (" + inFake.kinds + ")", envelope));
      } else {
        compare(at, inReal, inFake, out);
      }
    }
  }

  private boolean onlyEmptyArrays() {
    return kinds.equals(EnumSet.of(Kind.ARRAY)) && emptyArray && items == null;
  }
}
