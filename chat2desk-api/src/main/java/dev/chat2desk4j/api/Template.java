package dev.chat2desk4j.api;

import java.time.Instant;

/**
 * A canned answer operators insert by its command.
 *
 * @param id the template's id
 * @param command the shortcut that inserts it, such as {@code /hello}, or null
 * @param text the text it inserts, or null
 * @param name the template's name, or null
 * @param createdAt when it was created, or null if the server did not say
 */
public record Template(long id, String command, String text, String name, Instant createdAt) {}
