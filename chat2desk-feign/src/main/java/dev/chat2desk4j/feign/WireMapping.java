package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.Channel;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.HelpEntry;
import dev.chat2desk4j.api.ListRequest;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operator;
import dev.chat2desk4j.api.OperatorGroup;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SendInboundMessage;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Tag;
import dev.chat2desk4j.api.Template;
import dev.chat2desk4j.api.Transfer;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.Webhook;
import dev.chat2desk4j.api.WebhookError;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.api.WebhookStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The one place where the wire's answers become API records. Lenient as the conventions ask: a
 * missing optional field is null or empty, an unknown enum value {@code UNKNOWN}; only what an
 * answer cannot do without is checked, by {@link Wire.Envelope#missing()} before mapping.
 */
final class WireMapping {

  private WireMapping() {}

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

  /**
   * The receipt of an inbound message: a message from the client on an external channel, unless the
   * answer says otherwise. The client is 0 when the sender was named by phone and the answer does
   * not name the client.
   */
  static SentMessage inbound(Wire.Item<Wire.Sent> answer, SendInboundMessage request) {
    Wire.Sent data = answer.data();
    Long sender = request.from().id();
    return new SentMessage(
        data.messageId(),
        data.clientId() != null ? data.clientId() : sender == null ? 0 : sender,
        data.type() == null ? MessageType.FROM_CLIENT : MessageType.fromWire(data.type()),
        data.transport() == null ? Transport.EXTERNAL : Transport.fromWire(data.transport()),
        data.channelId() == null ? request.channelId() : data.channelId(),
        data.operatorId(),
        data.dialogId(),
        data.requestId());
  }

  static Message message(Wire.MessageJson json) {
    return message(json, null);
  }

  /** A message; one without {@code client_id} belongs to {@code listedClientId}, else to 0. */
  static Message message(Wire.MessageJson json, Long listedClientId) {
    long clientId =
        json.clientId() != null ? json.clientId() : listedClientId == null ? 0 : listedClientId;
    return new Message(
        orZero(json.id()),
        clientId,
        json.text(),
        MessageType.fromWire(json.type()),
        Transport.fromWire(json.transport()),
        Boolean.TRUE.equals(json.read()),
        json.created(),
        json.operatorId(),
        json.channelId(),
        json.dialogId(),
        json.requestId(),
        MessageMedia.attachments(json),
        json.remoteId());
  }

  static Client client(Wire.ClientJson json) {
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
        json.extraComment1(),
        json.extraComment2(),
        json.extraComment3(),
        WireNodes.customFields(json.customFields()),
        WireNodes.ids(json.tags()),
        WireNodes.channels(json.channels()));
  }

  /** {@code GET /v1/clients/{id}/transport}: {@code [{"channel_id": 1, "transports": [..]}]}. */
  static List<ClientChannel> clientChannels(Wire.ListOf<JsonNode> answer) {
    return WireNodes.channels(answer.data());
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

  static Dialog dialog(Wire.DialogJson json) {
    return new Dialog(
        orZero(json.id()),
        DialogState.fromWire(json.state()),
        json.begin(),
        json.end(),
        json.operatorId(),
        json.clientId(),
        json.lastMessage() == null ? null : message(json.lastMessage(), json.clientId()),
        json.lastRequestId(),
        WireNodes.count(json.messages()));
  }

  static Operator operator(Wire.OperatorJson json) {
    return new Operator(
        orZero(json.id()),
        json.email(),
        json.phone(),
        OperatorRole.fromWire(json.role()),
        Boolean.TRUE.equals(json.online()),
        json.openedDialogs() == null ? 0 : Math.max(0, json.openedDialogs()),
        json.firstName(),
        json.lastName(),
        json.avatar(),
        json.accessRightId(),
        json.externalId(),
        json.lastVisit(),
        json.statusId());
  }

  static OperatorGroup operatorGroup(Wire.OperatorGroupJson json) {
    return new OperatorGroup(orZero(json.id()), json.name(), WireNodes.ids(json.operatorIds()));
  }

  static Channel channel(Wire.ChannelJson json) {
    return new Channel(
        orZero(json.id()), json.name(), json.phone(), WireNodes.transports(json.transports()));
  }

  static Tag tag(Wire.TagJson json) {
    return new Tag(
        orZero(json.id()), json.groupId(), json.groupName(), json.label(), json.description());
  }

  static Template template(Wire.TemplateJson json) {
    return new Template(
        orZero(json.id()), json.command(), json.text(), json.name(), json.created());
  }

  /** The account's information from whichever generation of field names the answer uses. */
  static AccountInfo accountInfo(Wire.AccountJson json) {
    return new AccountInfo(
        json.companyId(),
        json.partnerId(),
        json.companyName(),
        json.adminEmail(),
        json.companyMode() != null ? json.companyMode() : json.mode(),
        json.companyLang(),
        json.hook(),
        json.chatCloseWebHook(),
        json.currentVersion(),
        json.requestsThisMonth(),
        json.requestsLimit(),
        WireNodes.countOrNull(json.channels()));
  }

  /**
   * An item of a reference list (ours: the public sources do not show them): an object with {@code
   * id}, {@code name} and {@code description}, or a bare name; null when it has none of them.
   */
  static HelpEntry helpEntry(JsonNode json) {
    if (!json.isObject()) {
      String name = WireNodes.text(json);
      return name == null ? null : new HelpEntry(null, name, null);
    }
    HelpEntry entry =
        new HelpEntry(
            WireNodes.id(json.get("id")),
            WireNodes.text(json.get("name")),
            WireNodes.text(json.get("description")));
    return entry.equals(new HelpEntry(null, null, null)) ? null : entry;
  }

  /** A webhook; the decoder has made sure it has a URL. */
  static Webhook webhook(Wire.WebhookJson json) {
    List<WebhookError> errors = new ArrayList<>();
    if (json.errors() != null) {
      for (Wire.WebhookErrorJson error : json.errors()) {
        if (error != null) {
          errors.add(new WebhookError(error.text(), error.createdAt()));
        }
      }
    }
    return new Webhook(
        orZero(json.id()),
        json.name(),
        json.url(),
        json.events() == null
            ? List.of()
            : json.events().stream().map(WebhookEvent::fromWire).toList(),
        WebhookStatus.fromWire(json.status()),
        errors,
        json.source(),
        WireNodes.ids(json.channels()));
  }

  /**
   * Builds a page on the offset we asked for, with {@code total} and {@code limit} from {@code
   * meta} when it has them: auto-pagination advances from the page's own offset, so a server
   * echoing a wrong offset must not make it loop. The limit is the smaller of the requested one and
   * {@code meta.limit}: a server that applies less than asked for says so there, and a page of that
   * size is full, not short; one claiming more than asked for cannot make a full page look short.
   */
  static <J, T> Page<T> page(
      Wire.ListOf<J> answer, ListRequest<T, ?> request, Function<J, T> mapper) {
    int limit = request.limit();
    Wire.Meta meta = answer.meta();
    Long total = meta == null ? null : meta.total();
    Long applied = meta == null ? null : meta.limit();
    int pageLimit = applied != null && applied > 0 && applied < limit ? applied.intValue() : limit;
    return new Page<>(
        list(answer, mapper),
        total == null || total < 0 ? OptionalLong.empty() : OptionalLong.of(total),
        pageLimit,
        request.offset());
  }

  /**
   * The items of a list answer; a null item, and one the mapper cannot read (it answers null), are
   * skipped.
   */
  static <J, T> List<T> list(Wire.ListOf<J> answer, Function<J, T> mapper) {
    List<T> items = new ArrayList<>();
    for (J json : answer.data()) {
      T item = json == null ? null : mapper.apply(json);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
