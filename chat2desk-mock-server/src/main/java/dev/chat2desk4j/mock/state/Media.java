package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import java.net.URI;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files a message carries, as the fake stores them (ours: the public sources do not say how the
 * API classifies a sent file). A file's kind comes from its URL's extension by the JDK's own table
 * ({@link URLConnection#guessContentTypeFromName}). The first photo, video, audio and PDF are kept
 * as the message object's top-level {@code photo}, {@code video}, {@code audio} and {@code pdf}
 * fields, without a media type or name; any other file, and a second one of a kind, as an item of
 * its {@code attachments} array with its media type and file name. The files are kept in the order
 * a reader of the wire folds them: the top-level fields in that order, then the items.
 */
final class Media {

  private static final String ANY_FILE = "application/octet-stream";
  private static final List<AttachmentKind> TOP_LEVEL =
      List.of(AttachmentKind.PHOTO, AttachmentKind.VIDEO, AttachmentKind.AUDIO, AttachmentKind.PDF);

  private final List<Attachment> attachments = new ArrayList<>();

  private Media() {}

  /**
   * The files of a send: its {@code attachment} (of the kind its name says) and its {@code pdf}.
   */
  static List<Attachment> ofSend(String attachment, String pdf) {
    Media media = new Media();
    media.add(AttachmentKind.PDF, pdf);
    media.add(null, attachment);
    return media.inWireOrder();
  }

  /** The files of an inbound message: its {@code image} and its {@code video}. */
  static List<Attachment> ofInbound(String image, String video) {
    Media media = new Media();
    media.add(AttachmentKind.PHOTO, image);
    media.add(AttachmentKind.VIDEO, video);
    return media.inWireOrder();
  }

  /**
   * Adds a file.
   *
   * @param kind its kind, or null to tell it from the URL
   * @param url the URL, or null for no file
   */
  private void add(AttachmentKind kind, String url) {
    if (url == null) {
      return;
    }
    String name = fileName(url);
    String type = URLConnection.guessContentTypeFromName(name);
    AttachmentKind actual = kind != null ? kind : kindOf(type);
    boolean taken = attachments.stream().anyMatch(a -> a.kind() == actual);
    if (actual != AttachmentKind.FILE && !taken) {
      attachments.add(Attachment.of(actual, url));
    } else {
      attachments.add(new Attachment(actual, url, type == null ? ANY_FILE : type, name));
    }
  }

  private List<Attachment> inWireOrder() {
    return attachments.stream()
        .sorted(
            Comparator.comparingInt(
                file ->
                    file.contentType() == null ? TOP_LEVEL.indexOf(file.kind()) : TOP_LEVEL.size()))
        .toList();
  }

  private static AttachmentKind kindOf(String type) {
    if (type == null) {
      return AttachmentKind.FILE;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.startsWith("image/")) {
      return AttachmentKind.PHOTO;
    }
    if (lower.startsWith("video/")) {
      return AttachmentKind.VIDEO;
    }
    if (lower.startsWith("audio/")) {
      return AttachmentKind.AUDIO;
    }
    return lower.equals("application/pdf") ? AttachmentKind.PDF : AttachmentKind.FILE;
  }

  private static String fileName(String url) {
    String path = URI.create(url).getPath();
    if (path == null || path.isEmpty()) {
      return "file";
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() ? "file" : name;
  }
}
