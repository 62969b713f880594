package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A file carried by a {@link Message}. The API sends files two ways: top-level URL fields ({@code
 * photo}, {@code video}, {@code audio}, {@code pdf}) and an {@code attachments} array; a transport
 * folds both into {@link Message#attachments()}, so a caller reads files in one place.
 *
 * @param kind what kind of file it is; {@link AttachmentKind#UNKNOWN} for a kind not known here
 * @param url where the file can be downloaded
 * @param contentType the file's media type, such as {@code image/jpeg}, or null if not given
 * @param name the file's name, or null if not given
 */
public record Attachment(AttachmentKind kind, String url, String contentType, String name) {

  /** Checks that there is a URL and replaces a null kind with {@link AttachmentKind#UNKNOWN}. */
  public Attachment {
    kind = Objects.requireNonNullElse(kind, AttachmentKind.UNKNOWN);
    Objects.requireNonNull(url, "url");
  }

  /**
   * A file of a kind at a URL, with no media type or name.
   *
   * @param kind what kind of file it is
   * @param url where the file can be downloaded
   * @return the attachment
   */
  public static Attachment of(AttachmentKind kind, String url) {
    return new Attachment(kind, url, null, null);
  }
}
