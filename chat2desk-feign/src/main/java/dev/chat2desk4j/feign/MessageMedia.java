package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds the two ways the API sends a message's files into {@link
 * dev.chat2desk4j.api.Message#attachments()}: the top-level URL fields ({@code photo}, {@code
 * video}, {@code audio}, {@code pdf}, in that order), then the {@code attachments} array, whose
 * items come as {@code {content_type, file: {url, name}}} or as {@code {name, link}} (ours: the
 * public sources show both and say nothing more). An item's kind follows its content type; one
 * without a content type is a {@link AttachmentKind#FILE}. An item without a URL is skipped, and a
 * URL already folded from a top-level field is not repeated.
 */
final class MessageMedia {

  private MessageMedia() {}

  static List<Attachment> attachments(Wire.MessageJson json) {
    List<Attachment> attachments = new ArrayList<>();
    topLevel(attachments, AttachmentKind.PHOTO, json.photo());
    topLevel(attachments, AttachmentKind.VIDEO, json.video());
    topLevel(attachments, AttachmentKind.AUDIO, json.audio());
    topLevel(attachments, AttachmentKind.PDF, json.pdf());
    JsonNode items = json.attachments();
    if (items != null && items.isArray()) {
      for (JsonNode item : items) {
        Attachment attachment = item.isObject() ? item(item) : null;
        if (attachment != null && !folded(attachments, attachment.url())) {
          attachments.add(attachment);
        }
      }
    }
    return attachments;
  }

  private static void topLevel(List<Attachment> into, AttachmentKind kind, JsonNode field) {
    String url = url(field);
    if (url == null && field != null && field.isObject()) {
      url = url(field.get("url"));
    }
    if (url != null) {
      into.add(Attachment.of(kind, url));
    }
  }

  private static Attachment item(JsonNode item) {
    // The file is an object with its url (and name), or its URL alone.
    JsonNode file = item.path("file");
    String url =
        first(url(file.get("url")), url(file), url(item.get("link")), url(item.get("url")));
    if (url == null) {
      return null;
    }
    String contentType = WireNodes.text(item.get("content_type"));
    String name = first(WireNodes.text(item.get("name")), WireNodes.text(file.get("name")));
    return new Attachment(kind(contentType), url, contentType, name);
  }

  /** A URL is text; a number or an object where one belongs is no file. */
  private static String url(JsonNode node) {
    return node != null && node.isTextual() ? WireNodes.text(node) : null;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static AttachmentKind kind(String contentType) {
    if (contentType == null) {
      return AttachmentKind.FILE;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return AttachmentKind.PHOTO;
    }
    if (type.startsWith("video/")) {
      return AttachmentKind.VIDEO;
    }
    if (type.startsWith("audio/")) {
      return AttachmentKind.AUDIO;
    }
    return type.startsWith("application/pdf") ? AttachmentKind.PDF : AttachmentKind.FILE;
  }

  private static boolean folded(List<Attachment> attachments, String url) {
    return attachments.stream().anyMatch(attachment -> attachment.url().equals(url));
  }
}
