package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/** The one place where API requests become wire shapes and wire shapes become API records. */
final class WireMapping {

  private WireMapping() {}

  static Wire.SendBody body(SendMessage request) {
    return new Wire.SendBody(
        request.clientId(),
        request.text(),
        request.type().wireValue(),
        request.transport() == null ? null : request.transport().wireValue(),
        request.channelId(),
        request.operatorId());
  }

  static Map<String, Object> query(ListMessages request) {
    Map<String, Object> query = page(request.limit(), request.offset());
    query.put("client_id", request.clientId());
    query.put("order", request.order().wireValue());
    return query;
  }

  static Map<String, Object> query(ListClients request) {
    Map<String, Object> query = page(request.limit(), request.offset());
    if (request.phone() != null) {
      query.put("phone", request.phone());
    }
    return query;
  }

  static Map<String, Object> query(ListTransfers request) {
    Map<String, Object> query = page(request.limit(), request.offset());
    if (request.dialogId() != null) {
      query.put("dialog_id", request.dialogId());
    }
    if (request.operatorId() != null) {
      query.put("operator_id", request.operatorId());
    }
    return query;
  }

  /** The receipt of a send; the decoder has made sure the answer has data and a message id. */
  static SentMessage sent(Wire.Item<Wire.Sent> answer, SendMessage request) {
    Wire.Sent data = answer.data();
    return new SentMessage(
        data.messageId(),
        data.clientId() == null ? request.clientId() : data.clientId(),
        data.type() == null ? request.type() : MessageType.fromWire(data.type()),
        data.transport() == null ? request.transport() : Transport.fromWire(data.transport()),
        data.channelId(),
        data.operatorId(),
        data.dialogId(),
        data.requestId());
  }

  static Page<Message> messages(Wire.ListOf<Wire.MessageJson> answer, ListMessages request) {
    return page(answer, request.limit(), request.offset(), m -> message(m, request.clientId()));
  }

  static Page<Client> clients(Wire.ListOf<Wire.ClientJson> answer, ListClients request) {
    return page(answer, request.limit(), request.offset(), WireMapping::client);
  }

  static Page<Transfer> transfers(Wire.ListOf<Wire.TransferJson> answer, ListTransfers request) {
    return page(answer, request.limit(), request.offset(), WireMapping::transfer);
  }

  static Message message(Wire.MessageJson json, long requestedClientId) {
    return new Message(
        orZero(json.id()),
        json.clientId() == null ? requestedClientId : json.clientId(),
        json.text(),
        MessageType.fromWire(json.type()),
        Transport.fromWire(json.transport()),
        Boolean.TRUE.equals(json.read()),
        json.created(),
        json.operatorId(),
        json.channelId(),
        json.dialogId(),
        json.requestId(),
        List.of(),
        null);
  }

  static Client client(Wire.ClientJson json) {
    List<Long> tagIds = new ArrayList<>();
    if (json.tags() != null) {
      for (JsonNode tag : json.tags()) {
        Long id = idOf(tag != null && tag.isObject() ? tag.get("id") : tag);
        if (id != null) {
          tagIds.add(id);
        }
      }
    }
    return new Client(
        orZero(json.id()),
        json.name(),
        json.assignedName(),
        json.phone(),
        json.avatar(),
        json.regionId(),
        json.countryId(),
        json.clientExternalId() != null ? json.clientExternalId() : json.externalId(),
        json.comment(),
        null,
        null,
        null,
        null,
        tagIds,
        channels(json.channels()));
  }

  /**
   * The channels of a client read alone. A channel without an integral id is skipped; a transport
   * comes as its wire name or as an object naming it in {@code transport} or {@code name}, and one
   * this library does not know is {@link Transport#UNKNOWN}.
   */
  private static List<ClientChannel> channels(List<JsonNode> json) {
    if (json == null || json.isEmpty()) {
      return List.of();
    }
    List<ClientChannel> channels = new ArrayList<>();
    for (JsonNode channel : json) {
      Long id = channel == null ? null : idOf(channel.get("id"));
      if (id == null) {
        continue;
      }
      List<Transport> transports = new ArrayList<>();
      JsonNode listed = channel.get("transports");
      if (listed != null && listed.isArray()) {
        for (JsonNode transport : listed) {
          transports.add(Transport.fromWire(transportName(transport)));
        }
      }
      channels.add(new ClientChannel(id, transports));
    }
    return channels;
  }

  /** An id given as a JSON integer or as a string of digits, else null. */
  private static Long idOf(JsonNode id) {
    return id != null && (id.isIntegralNumber() || id.asText().matches("\\d+"))
        ? id.asLong()
        : null;
  }

  private static String transportName(JsonNode transport) {
    JsonNode name = transport;
    if (transport.isObject()) {
      name = transport.has("transport") ? transport.get("transport") : transport.get("name");
    }
    return name != null && name.isTextual() ? name.asText() : null;
  }

  static Transfer transfer(Wire.TransferJson json) {
    return new Transfer(
        orZero(json.id()),
        orZero(json.dialogId()),
        orZero(json.clientId()),
        json.fromOperatorId(),
        orZero(json.toOperatorId()),
        json.created());
  }

  /**
   * Builds a page on the offset we asked for, with {@code total} and {@code limit} from {@code
   * meta} when it has them: auto-pagination advances from the page's own offset, so a server
   * echoing a wrong offset must not make it loop. The limit is the smaller of the requested one and
   * {@code meta.limit}: a server that applies less than asked for says so there, and a page of that
   * size is full, not short; one claiming more than asked for cannot make a full page look short.
   */
  private static <J, T> Page<T> page(
      Wire.ListOf<J> answer, int limit, int offset, Function<J, T> mapper) {
    List<T> items = new ArrayList<>();
    for (J json : answer.data()) {
      if (json != null) {
        items.add(mapper.apply(json));
      }
    }
    Wire.Meta meta = answer.meta();
    Long total = meta == null ? null : meta.total();
    Long applied = meta == null ? null : meta.limit();
    int pageLimit = applied != null && applied > 0 && applied < limit ? applied.intValue() : limit;
    return new Page<>(
        items,
        total == null || total < 0 ? OptionalLong.empty() : OptionalLong.of(total),
        pageLimit,
        offset);
  }

  private static Map<String, Object> page(int limit, int offset) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("limit", limit);
    query.put("offset", offset);
    return query;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
