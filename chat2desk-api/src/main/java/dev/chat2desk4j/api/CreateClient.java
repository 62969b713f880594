package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request to create a client ({@code POST /v1/clients}), answered with the new client. Make it
 * with {@link #of(String)} and the {@code with…} copies; every value is checked when the record is
 * made. A phone the account already has fails with {@link ConflictException}, which names the
 * existing client; {@link ClientService#findOrCreateByPhone(String)} resolves that for you.
 *
 * @param phone the client's phone number: 5 to 20 digits with an optional leading {@code +}
 * @param transport the messenger to reach the client on, or null for the API's choice
 * @param channelId the channel to reach the client through, or null for the API's choice
 * @param nickname the name operators see, or null
 * @param assignedPhone the wire's {@code assigned_phone}, or null; the public sources do not say
 *     its format, so it is only checked not to be blank
 */
public record CreateClient(
    String phone, Transport transport, Long channelId, String nickname, String assignedPhone)
    implements Chat2DeskRequest<Client> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public CreateClient {
    Checks.phone(phone, "phone");
    Checks.knownOrNull(transport, Transport.UNKNOWN, "transport");
    Checks.positiveOrNull(channelId, "channelId");
    Checks.notBlankOrNull(nickname, "nickname");
    Checks.notBlankOrNull(assignedPhone, "assignedPhone");
  }

  /**
   * A client with this phone number.
   *
   * @param phone the phone number: 5 to 20 digits with an optional leading {@code +}
   * @return the request
   * @throws IllegalArgumentException when the phone is not such a number
   */
  public static CreateClient of(String phone) {
    return new CreateClient(phone, null, null, null, null);
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_CLIENT;
  }

  /** This request reaching the client on the given messenger. */
  public CreateClient withTransport(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    return new CreateClient(phone, transport, channelId, nickname, assignedPhone);
  }

  /** This request reaching the client through the given channel. */
  public CreateClient withChannelId(long channelId) {
    return new CreateClient(phone, transport, channelId, nickname, assignedPhone);
  }

  /** This request with the name operators see. */
  public CreateClient withNickname(String nickname) {
    Objects.requireNonNull(nickname, "nickname");
    return new CreateClient(phone, transport, channelId, nickname, assignedPhone);
  }

  /** This request with the wire's {@code assigned_phone}. */
  public CreateClient withAssignedPhone(String assignedPhone) {
    Objects.requireNonNull(assignedPhone, "assignedPhone");
    return new CreateClient(phone, transport, channelId, nickname, assignedPhone);
  }
}
