package dev.chat2desk4j.api;

/**
 * A label the account puts on clients and requests ({@link AssignTags}), such as "VIP".
 *
 * @param id the tag's id, as {@link Client#tagIds()} lists it
 * @param groupId the id of the tag's group, or null
 * @param groupName the name of the tag's group, or null
 * @param label the tag's text, or null
 * @param description what the tag means, or null
 */
public record Tag(long id, Long groupId, String groupName, String label, String description) {}
