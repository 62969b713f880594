package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the wire format as Jackson reads and writes them (snake_case through {@link
 * WireJson}). Every field is nullable: the API omits what it likes. {@link WireMapping} turns them
 * into the API's records.
 */
final class Wire {

  private Wire() {}

  /** A list answer: {@code {"data": [...], "meta": {...}, "status": "success"}}. */
  record ListOf<T>(List<T> data, Meta meta, String status) {}

  /** A single-object answer: {@code {"data": {...}, "status": "success"}}. */
  record Item<T>(T data, String status) {}

  /** Pagination numbers of a list answer. */
  record Meta(Long total, Long limit, Long offset) {}

  /** The body of {@code POST /v1/messages}. */
  record SendBody(
      long clientId, String text, String type, String transport, Long channelId, Long operatorId) {}

  /** The answer's {@code data} of {@code POST /v1/messages}. */
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

  /** A client object; tags arrive as ids or as objects with an {@code id}. */
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
      List<JsonNode> tags) {}

  /** A dialog transfer record. */
  record TransferJson(
      Long id,
      Long dialogId,
      Long clientId,
      Long fromOperatorId,
      Long toOperatorId,
      Instant created) {}
}
