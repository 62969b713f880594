package dev.chat2desk4j.api;

/**
 * What kind of file an {@link Attachment} is. The API names the kind by the field a URL comes in
 * ({@code photo}, {@code video}, {@code audio}, {@code pdf}) or, in an {@code attachments} item, by
 * its content type; a kind this library does not know arrives as {@link #UNKNOWN}.
 */
public enum AttachmentKind {
  /** A picture. */
  PHOTO("photo"),
  /** A video. */
  VIDEO("video"),
  /** A voice message or another sound. */
  AUDIO("audio"),
  /** A PDF document. */
  PDF("pdf"),
  /** Any other file. */
  FILE("file"),
  /** A kind this version of the library does not know. */
  UNKNOWN("unknown");

  private final String wireValue;

  AttachmentKind(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The name of the API's field for this kind ({@code photo}, ...), or {@code file}. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses a kind from its {@link #wireValue()}, ignoring case.
   *
   * @param value the value, or null
   * @return the matching constant, or {@link #UNKNOWN} for null and for values not known here
   */
  public static AttachmentKind fromWire(String value) {
    return WireValues.parse(values(), AttachmentKind::wireValue, value, UNKNOWN);
  }
}
