package dev.chat2desk4j.mock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON seed format described in the module's README; {@link ReferenceSeedJson} reads its
 * reference data.
 */
final class SeedJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SeedJson() {}

  static Seed parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Seed is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Seed must be a JSON object");
    }
    List<SeedClient> clients = new ArrayList<>();
    for (JsonNode client : array(root, "clients")) {
      clients.add(client(client));
    }
    return new Seed(
        ReferenceSeedJson.operators(root),
        ReferenceSeedJson.channels(root),
        clients,
        ReferenceSeedJson.groups(root),
        ReferenceSeedJson.tags(root),
        ReferenceSeedJson.templates(root),
        ReferenceSeedJson.quota(root));
  }

  private static SeedClient client(JsonNode node) {
    String transport = text(node, "transport", false);
    List<String> channels = new ArrayList<>();
    String channel = text(node, "channel", false);
    if (channel != null) {
      channels.add(channel);
    }
    for (JsonNode more : array(node, "channels")) {
      channels.add(more.isTextual() ? more.asText() : text(more, "name", true));
    }
    List<SeedDialog> dialogs = new ArrayList<>();
    for (JsonNode dialog : array(node, "dialogs")) {
      dialogs.add(dialog(dialog));
    }
    // The client-level history is its current dialog, open, after the listed ones.
    if (node.has("messages") || node.has("transfers")) {
      dialogs.add(history(node, SeedDialog.open()));
    }
    return new SeedClient(
        text(node, "name", false),
        text(node, "phone", false),
        transport == null ? null : transport(transport),
        channels,
        card(node),
        dialogs);
  }

  private static ClientCard card(JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode custom = node.get("custom_fields");
    if (custom != null && !custom.isNull()) {
      if (!custom.isObject()) {
        throw new IllegalArgumentException("Seed field 'custom_fields' must be an object");
      }
      custom
          .properties()
          .forEach(field -> fields.put(field.getKey(), text(custom, field.getKey(), true)));
    }
    return new ClientCard(
        text(node, "assigned_name", false),
        text(node, "comment", false),
        text(node, "extra_comment_1", false),
        text(node, "extra_comment_2", false),
        text(node, "extra_comment_3", false),
        text(node, "external_id", false),
        fields);
  }

  private static SeedDialog dialog(JsonNode node) {
    String stateText = text(node, "state", false);
    DialogState state = stateText == null ? DialogState.OPEN : DialogState.fromWire(stateText);
    if (state == DialogState.UNKNOWN) {
      throw new IllegalArgumentException("Seed dialog has unknown state '" + stateText + "'");
    }
    SeedDialog dialog =
        new SeedDialog(
            state,
            text(node, "operator", false),
            instant(node, "begin"),
            instant(node, "end"),
            List.of(),
            List.of());
    return history(node, dialog);
  }

  /** Adds the {@code messages} and {@code transfers} of a JSON object to a dialog. */
  private static SeedDialog history(JsonNode node, SeedDialog dialog) {
    for (JsonNode message : array(node, "messages")) {
      String type = text(message, "type", false);
      MessageType parsed = type == null ? MessageType.FROM_CLIENT : MessageType.fromWire(type);
      if (parsed == MessageType.UNKNOWN) {
        throw new IllegalArgumentException("Seed message has unknown type '" + type + "'");
      }
      String read = text(message, "read", false);
      if (read != null && !read.equals("true") && !read.equals("false")) {
        throw new IllegalArgumentException("Seed message field 'read' must be true or false");
      }
      dialog =
          dialog.message(
              new SeedMessage(
                  parsed,
                  text(message, "text", true),
                  text(message, "operator", false),
                  read == null ? null : Boolean.valueOf(read)));
    }
    for (JsonNode transfer : array(node, "transfers")) {
      dialog =
          dialog.transferTo(transfer.isTextual() ? transfer.asText() : text(transfer, "to", true));
    }
    return dialog;
  }

  /** A moment as ISO-8601 ({@code 2026-11-20T10:00:00Z}) or as the wire writes it. */
  private static Instant instant(JsonNode node, String field) {
    String text = text(node, field, false);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text.trim().replace(" UTC", "Z").replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Seed field '" + field + "' must be a moment such as 2026-11-20T10:00:00Z", e);
    }
  }

  static Transport transport(String value) {
    Transport transport = Transport.fromWire(value);
    if (transport == Transport.UNKNOWN) {
      throw new IllegalArgumentException("Seed names unknown transport '" + value + "'");
    }
    return transport;
  }

  static Iterable<JsonNode> array(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("Seed field '" + field + "' must be an array");
    }
    return node;
  }

  static String text(JsonNode parent, String field, boolean required) {
    JsonNode node = parent.isObject() ? parent.get(field) : null;
    if (node == null || node.isNull()) {
      if (required) {
        throw new IllegalArgumentException("Seed entry misses '" + field + "': " + parent);
      }
      return null;
    }
    if (!node.isValueNode()) {
      throw new IllegalArgumentException("Seed field '" + field + "' must be a string");
    }
    return node.asText();
  }
}
