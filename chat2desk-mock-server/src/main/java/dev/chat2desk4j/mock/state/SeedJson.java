package dev.chat2desk4j.mock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.List;

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
    List<SeedMessage> messages = new ArrayList<>();
    for (JsonNode message : array(node, "messages")) {
      String type = text(message, "type", false);
      MessageType parsed = type == null ? MessageType.FROM_CLIENT : MessageType.fromWire(type);
      if (parsed == MessageType.UNKNOWN) {
        throw new IllegalArgumentException("Seed message has unknown type '" + type + "'");
      }
      messages.add(
          new SeedMessage(parsed, text(message, "text", true), text(message, "operator", false)));
    }
    List<String> transfers = new ArrayList<>();
    for (JsonNode transfer : array(node, "transfers")) {
      transfers.add(transfer.isTextual() ? transfer.asText() : text(transfer, "to", true));
    }
    List<String> channels = new ArrayList<>();
    String channel = text(node, "channel", false);
    if (channel != null) {
      channels.add(channel);
    }
    for (JsonNode more : array(node, "channels")) {
      channels.add(more.isTextual() ? more.asText() : text(more, "name", true));
    }
    return new SeedClient(
        text(node, "name", false),
        text(node, "phone", false),
        transport == null ? null : transport(transport),
        channels,
        messages,
        transfers);
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
