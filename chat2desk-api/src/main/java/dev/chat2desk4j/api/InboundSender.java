package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * Who an inbound message ({@link SendInboundMessage}) comes from: a client the account has, by id,
 * or a phone number, which creates the client when the account has none with it. Exactly one of the
 * two is given, so the two kinds of reference cannot be confused.
 *
 * @param id the existing client's id, or null when the sender is named by phone
 * @param phone the sender's phone number (5 to 20 digits with an optional leading {@code +}), or
 *     null when the sender is named by id
 * @param nickname the sender's name for a client the message creates, or null
 * @param avatar the URL of the sender's picture, absolute {@code http} or {@code https}, or null
 */
public record InboundSender(Long id, String phone, String nickname, String avatar) {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public InboundSender {
    if ((id == null) == (phone == null)) {
      throw new IllegalArgumentException("exactly one of id and phone must be given");
    }
    Checks.positiveOrNull(id, "id");
    if (phone != null) {
      Checks.phone(phone, "phone");
    }
    Checks.notBlankOrNull(nickname, "nickname");
    Checks.urlOrNull(avatar, "avatar");
  }

  /**
   * A client the account already has.
   *
   * @param id the client's id; positive
   * @return the sender
   */
  public static InboundSender client(long id) {
    return new InboundSender(id, null, null, null);
  }

  /**
   * The person with this phone number; the API creates the client if the account has none.
   *
   * @param phone 5 to 20 digits with an optional leading {@code +}
   * @return the sender
   */
  public static InboundSender phone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return new InboundSender(null, phone, null, null);
  }

  /** This sender with a name, for the client the message may create. */
  public InboundSender withNickname(String nickname) {
    Objects.requireNonNull(nickname, "nickname");
    return new InboundSender(id, phone, nickname, avatar);
  }

  /** This sender with a picture, for the client the message may create. */
  public InboundSender withAvatar(String avatar) {
    Objects.requireNonNull(avatar, "avatar");
    return new InboundSender(id, phone, nickname, avatar);
  }
}
