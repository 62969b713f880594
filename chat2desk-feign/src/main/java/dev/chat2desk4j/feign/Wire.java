package dev.chat2desk4j.feign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the wire format as Jackson reads and writes them (snake_case through {@link
 * WireJson}). Every field is nullable: the API omits what it likes. {@link WireMapping} turns them
 * into the API's records.
 *
 * <p>Each record ignores unknown fields by annotation as well as by {@link WireJson}'s setting:
 * only the annotation lets Jackson skip such a field outright instead of buffering it while it
 * builds the record, and the API sends many fields that the client does not read.
 */
final class Wire {

  private Wire() {}

  /** An answer with the top-level {@code status} that marks the error envelope. */
  interface Envelope {
    String status();

    /**
     * What the operation needs that this answer lacks, such as {@code "data array"}, or null when
     * nothing is missing. An answer lacking it is not a success, whatever its status says.
     */
    String missing();
  }

  /** A list answer: {@code {"data": [...], "meta": {...}, "status": "success"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ListOf<T>(List<T> data, Meta meta, String status) implements Envelope {
    @Override
    public String missing() {
      return data == null ? "data array" : null;
    }
  }

  /** A single-object answer: {@code {"data": {...}, "status": "success"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item<T>(T data, String status) implements Envelope {
    @Override
    public String missing() {
      if (data == null) {
        return "data object";
      }
      // A send without the new message's id did not prove the message exists; a client read
      // without its id is not the client asked for.
      if (data instanceof Sent sent && sent.messageId() == null) {
        return "data.message_id";
      }
      return data instanceof ClientJson client && client.id() == null ? "data.id" : null;
    }
  }

  /** Pagination numbers of a list answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(Long total, Long limit, Long offset) {}

  /** The body of {@code POST /v1/messages}. */
  record SendBody(
      long clientId, String text, String type, String transport, Long channelId, Long operatorId) {}

  /** The answer's {@code data} of {@code POST /v1/messages}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Sent(
      Long messageId,
      Long clientId,
      String type,
      String transport,
      Long channelId,
      Long operatorId,
      Long dialogId,
      Long requestId) {}

  /** A message object; {@code created} in either timestamp format. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MessageJson(
      Long id,
      Long clientId,
      String text,
      String type,
      String transport,
      Boolean read,
      Instant created,
      Long operatorId,
      Long channelId,
      Long dialogId,
      Long requestId) {}

  /**
   * A client object; tags arrive as ids or as objects with an {@code id}, channels (sent when one
   * client is read) as objects with an {@code id} and {@code transports}, each a name or an object.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ClientJson(
      Long id,
      String name,
      String assignedName,
      String phone,
      String avatar,
      Long regionId,
      Long countryId,
      String clientExternalId,
      String externalId,
      String comment,
      List<JsonNode> tags,
      List<JsonNode> channels) {}

  /** A dialog transfer record. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TransferJson(
      Long id,
      Long dialogId,
      Long clientId,
      Long fromOperatorId,
      Long toOperatorId,
      Instant created) {}
}
