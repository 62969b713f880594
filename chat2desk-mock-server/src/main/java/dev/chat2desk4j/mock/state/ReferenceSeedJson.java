package dev.chat2desk4j.mock.state;

import static dev.chat2desk4j.mock.state.SeedJson.array;
import static dev.chat2desk4j.mock.state.SeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the reference data of the JSON seed format (README of the module): operators, channels,
 * operator groups, tags, templates and the quota. Every problem is an {@link
 * IllegalArgumentException} naming the field.
 */
final class ReferenceSeedJson {

  private ReferenceSeedJson() {}

  /** {@code "operators"}: names, or objects with {@code name} and the optional details. */
  static List<SeedOperator> operators(JsonNode root) {
    List<SeedOperator> operators = new ArrayList<>();
    for (JsonNode node : array(root, "operators")) {
      if (node.isTextual()) {
        operators.add(SeedOperator.named(node.asText()));
        continue;
      }
      String role = text(node, "role", false);
      OperatorRole parsed = role == null ? null : OperatorRole.fromWire(role);
      if (parsed == OperatorRole.UNKNOWN) {
        throw new IllegalArgumentException("Seed operator has unknown role '" + role + "'");
      }
      operators.add(
          new SeedOperator(
              text(node, "name", true),
              text(node, "email", false),
              text(node, "phone", false),
              parsed,
              bool(node, "online"),
              text(node, "status", false)));
    }
    return operators;
  }

  /**
   * {@code "channels"}: {@code name}, {@code transport} and/or {@code transports}, {@code phone}.
   */
  static List<SeedChannel> channels(JsonNode root) {
    List<SeedChannel> channels = new ArrayList<>();
    for (JsonNode node : array(root, "channels")) {
      Set<Transport> transports = new LinkedHashSet<>();
      String first = text(node, "transport", false);
      if (first != null) {
        transports.add(SeedJson.transport(first));
      }
      for (JsonNode more : array(node, "transports")) {
        transports.add(SeedJson.transport(more.asText()));
      }
      String name = text(node, "name", true);
      if (transports.isEmpty()) {
        throw new IllegalArgumentException("Seed channel '" + name + "' misses 'transport'");
      }
      channels.add(new SeedChannel(name, text(node, "phone", false), List.copyOf(transports)));
    }
    return channels;
  }

  /** {@code "groups"}: {@code name} and the {@code operators}' names. */
  static List<SeedGroup> groups(JsonNode root) {
    List<SeedGroup> groups = new ArrayList<>();
    for (JsonNode node : array(root, "groups")) {
      groups.add(new SeedGroup(text(node, "name", true), names(node, "operators")));
    }
    return groups;
  }

  /**
   * {@code "tags"}: labels, or objects with {@code label}, {@code group}, … and {@code clients}.
   */
  static List<SeedTag> tags(JsonNode root) {
    List<SeedTag> tags = new ArrayList<>();
    for (JsonNode node : array(root, "tags")) {
      tags.add(
          node.isTextual()
              ? SeedTag.of(node.asText())
              : new SeedTag(
                  text(node, "label", true),
                  text(node, "group", false),
                  text(node, "description", false),
                  names(node, "clients")));
    }
    return tags;
  }

  /** {@code "templates"}: {@code name}, {@code command} and {@code text}. */
  static List<SeedTemplate> templates(JsonNode root) {
    List<SeedTemplate> templates = new ArrayList<>();
    for (JsonNode node : array(root, "templates")) {
      templates.add(
          new SeedTemplate(
              text(node, "name", true), text(node, "command", false), text(node, "text", true)));
    }
    return templates;
  }

  /** {@code "quota"}: {@code limit} and optional {@code used}, or null when absent. */
  static SeedQuota quota(JsonNode root) {
    JsonNode node = root.get("quota");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject() || !node.hasNonNull("limit")) {
      throw new IllegalArgumentException("Seed field 'quota' must be an object with a 'limit'");
    }
    return new SeedQuota(count(node, "limit"), node.hasNonNull("used") ? count(node, "used") : 0);
  }

  private static List<String> names(JsonNode node, String field) {
    List<String> names = new ArrayList<>();
    for (JsonNode name : array(node, field)) {
      if (!name.isTextual()) {
        throw new IllegalArgumentException("Seed field '" + field + "' must list names");
      }
      names.add(name.asText());
    }
    return names;
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("Seed field '" + field + "' must be true or false");
    }
    return value.asBoolean();
  }

  private static long count(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
      throw new IllegalArgumentException("Seed field '" + field + "' must be a whole number >= 0");
    }
    return value.asLong();
  }
}
