package dev.chat2desk4j.webhooks;

/**
 * The client a message event carries in its {@code client} object.
 *
 * @param id the client's id
 * @param phone the client's phone, or a display text such as {@code [tg] 807892} for messengers
 *     without phones; null if not given
 * @param clientPhone the wire's {@code client_phone}, or null
 * @param name the name the messenger reports, or null
 * @param assignedName the name an operator gave, or null
 * @param externalId the client's id in another system, or null
 */
public record EventClient(
    long id,
    String phone,
    String clientPhone,
    String name,
    String assignedName,
    String externalId) {}
