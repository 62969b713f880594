package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lenient readings of the fields whose shape varies between answers, kept as {@link JsonNode} in
 * {@link Wire}: an item that cannot be read is skipped, never a reason to fail the answer.
 */
final class WireNodes {

  private WireNodes() {}

  /** An id given as a JSON integer or as a string of digits, else null. */
  static Long id(JsonNode id) {
    return id != null && (id.isIntegralNumber() || id.asText().matches("\\d{1,18}"))
        ? id.asLong()
        : null;
  }

  /** The ids of a list of ids or of objects with an {@code id}; the others are skipped. */
  static List<Long> ids(List<JsonNode> items) {
    List<Long> ids = new ArrayList<>();
    if (items != null) {
      for (JsonNode item : items) {
        Long id = id(item != null && item.isObject() ? item.get("id") : item);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** A field's text, or null when it is missing, null, blank or not a single value. */
  static String text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()
        ? null
        : node.asText();
  }

  /** A count given as a number, or the size of a list given instead; 0 when neither. */
  static int count(JsonNode node) {
    if (node == null) {
      return 0;
    }
    if (node.isArray()) {
      return node.size();
    }
    return node.canConvertToInt() ? Math.max(0, node.asInt()) : 0;
  }

  /** A count given as a number, or the size of a list given instead; null when neither. */
  static Integer countOrNull(JsonNode node) {
    return node == null || !(node.isArray() || node.canConvertToInt()) ? null : count(node);
  }

  /**
   * The account's own fields on a client, {@code custom_fields}: an object whose values become text
   * (a nested value its JSON). Anything else, such as the empty array a PHP server writes for an
   * empty object, is no fields.
   */
  static Map<String, String> customFields(JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                JsonNode value = field.getValue();
                if (value != null && !value.isNull()) {
                  fields.put(
                      field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
              });
    }
    return fields;
  }

  /**
   * Channels with the client's messengers: objects naming the channel in {@code id} or {@code
   * channel_id} (as {@code GET /v1/clients/{id}/transport} does) and listing {@code transports}. A
   * channel without an integral id is skipped.
   */
  static List<ClientChannel> channels(List<JsonNode> json) {
    if (json == null || json.isEmpty()) {
      return List.of();
    }
    List<ClientChannel> channels = new ArrayList<>();
    for (JsonNode channel : json) {
      if (channel == null || !channel.isObject()) {
        continue;
      }
      Long id = id(channel.has("channel_id") ? channel.get("channel_id") : channel.get("id"));
      if (id != null) {
        JsonNode listed = channel.get("transports");
        List<JsonNode> transports = new ArrayList<>();
        if (listed != null && listed.isArray()) {
          listed.forEach(transports::add);
        }
        channels.add(new ClientChannel(id, transports(transports)));
      }
    }
    return channels;
  }

  /**
   * Messengers given as wire names or as objects naming one in {@code transport} or {@code name};
   * one this library does not know is {@link Transport#UNKNOWN}.
   */
  static List<Transport> transports(List<JsonNode> json) {
    List<Transport> transports = new ArrayList<>();
    if (json != null) {
      for (JsonNode transport : json) {
        if (transport != null) {
          transports.add(Transport.fromWire(transportName(transport)));
        }
      }
    }
    return transports;
  }

  private static String transportName(JsonNode transport) {
    JsonNode name = transport;
    if (transport.isObject()) {
      name = transport.has("transport") ? transport.get("transport") : transport.get("name");
    }
    return name != null && name.isTextual() ? name.asText() : null;
  }
}
