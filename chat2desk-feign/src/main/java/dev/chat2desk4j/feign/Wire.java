package dev.chat2desk4j.feign;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the API's answers as Jackson reads them (snake_case through {@link WireJson}).
 * Every field is nullable: the API omits what it likes. {@link WireMapping} turns them into the
 * API's records; the bodies the client sends are in {@link WireBodies}.
 *
 * <p>Each record ignores unknown fields by annotation as well as by {@link WireJson}'s setting:
 * only the annotation lets Jackson skip such a field outright instead of buffering it while it
 * builds the record, and the API sends many fields that the client does not read. A field whose
 * shape varies between answers (media, custom fields, ids that may be text) is a {@link JsonNode},
 * read leniently by {@link WireNodes}, so that one odd field never fails a whole answer.
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

  /** An object that cannot become the API's record without some of its fields. */
  interface Required {
    /** The wire name of the first field it lacks, or null when it has them all. */
    String missing();
  }

  /** An object that an answer about it alone must name: a read, create or update answers it. */
  interface Identified {
    Long id();
  }

  /** A list answer: {@code {"data": [...], "meta": {...}, "status": "success"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ListOf<T>(List<T> data, Meta meta, String status) implements Envelope {
    @Override
    public String missing() {
      if (data == null) {
        return "data array";
      }
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i) instanceof Required item && item.missing() != null) {
          return "data[" + i + "]." + item.missing();
        }
      }
      return null;
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
      // A client read without its id is not the client asked for; a send without the new
      // message's id did not prove the message exists.
      if (data instanceof Identified identified && identified.id() == null) {
        return "data.id";
      }
      return data instanceof Required required && required.missing() != null
          ? "data." + required.missing()
          : null;
    }
  }

  /**
   * The answer of an operation whose result carries nothing the caller needs: any success envelope,
   * with or without {@code data} of any shape, which is skipped unread.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Done(String status) implements Envelope {
    @Override
    public String missing() {
      return null;
    }
  }

  /** Pagination numbers of a list answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(Long total, Long limit, Long offset) {}

  /** The answer's {@code data} of a send, outgoing or inbound. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Sent(
      Long messageId,
      Long clientId,
      String type,
      String transport,
      Long channelId,
      Long operatorId,
      Long dialogId,
      Long requestId)
      implements Required {
    @Override
    public String missing() {
      return messageId == null ? "message_id" : null;
    }
  }

  /**
   * A message object; {@code created} in either timestamp format, files in the top-level {@code
   * photo}, {@code video}, {@code audio} and {@code pdf} and in {@code attachments}.
   */
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
      Long requestId,
      JsonNode photo,
      JsonNode video,
      JsonNode audio,
      JsonNode pdf,
      JsonNode attachments,
      String remoteId)
      implements Identified {}

  /**
   * A client object; tags arrive as ids or as objects with an {@code id}, channels (sent when one
   * client is read) as objects with an {@code id} and {@code transports}, each a name or an object,
   * and {@code custom_fields} as an object of values.
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
      @JsonProperty("extra_comment_1") String extraComment1,
      @JsonProperty("extra_comment_2") String extraComment2,
      @JsonProperty("extra_comment_3") String extraComment3,
      JsonNode customFields,
      List<JsonNode> tags,
      List<JsonNode> channels)
      implements Identified {}

  /** A dialog transfer record. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TransferJson(
      Long id,
      Long dialogId,
      Long clientId,
      Long fromOperatorId,
      Long toOperatorId,
      Instant created) {}

  /** A dialog; {@code messages} is a count (an array is counted), {@code last_message} nested. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DialogJson(
      Long id,
      String state,
      Instant begin,
      Instant end,
      Long operatorId,
      Long clientId,
      MessageJson lastMessage,
      Long lastRequestId,
      JsonNode messages)
      implements Identified {}

  /** An operator; {@code online} as 0/1. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OperatorJson(
      Long id,
      String email,
      String phone,
      String role,
      Boolean online,
      Integer openedDialogs,
      String firstName,
      String lastName,
      String avatar,
      Long accessRightId,
      String externalId,
      Instant lastVisit,
      Long statusId)
      implements Identified {}

  /** An operator group; its operators' ids as numbers or text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OperatorGroupJson(Long id, String name, List<JsonNode> operatorIds) {}

  /** A channel; its transports as names or objects. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChannelJson(Long id, String name, String phone, List<JsonNode> transports)
      implements Identified {}

  /** A tag. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TagJson(Long id, Long groupId, String groupName, String label, String description)
      implements Identified {}

  /** An answer template. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TemplateJson(Long id, String command, String text, String name, Instant created)
      implements Identified {}

  /**
   * The account's information in both generations of field names: the current {@code companyID},
   * {@code company_mode}, {@code company_lang}, ... and the older {@code mode}, {@code hook},
   * {@code requests_this_month}, .... {@code channels} is a count (an array is counted).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccountJson(
      @JsonProperty("companyID") @JsonAlias("company_id") Long companyId,
      @JsonProperty("partnerID") @JsonAlias("partner_id") Long partnerId,
      String companyName,
      String adminEmail,
      String companyMode,
      String mode,
      String companyLang,
      @JsonAlias("web_hook") String hook,
      String chatCloseWebHook,
      String currentVersion,
      Long requestsThisMonth,
      Long requestsLimit,
      JsonNode channels) {}

  /** A webhook; {@code channels} are the ids of the channels whose events it delivers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record WebhookJson(
      Long id,
      String name,
      String url,
      List<String> events,
      String status,
      List<WebhookErrorJson> errors,
      String source,
      List<JsonNode> channels)
      implements Identified, Required {
    @Override
    public String missing() {
      return url == null ? "url" : null;
    }
  }

  /** A failed delivery of a webhook; {@code created_at} is a Unix time. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record WebhookErrorJson(String text, Instant createdAt) {}
}
