package dev.chat2desk4j.api;

/**
 * One item of a reference list ({@link GetHelpList}). The public sources do not show the lists'
 * shape, so this is our own lenient reading: every part may be missing.
 *
 * @param id the item's id, or null
 * @param name the item's name, such as {@code telegram}, or null
 * @param description what it means, or null
 */
public record HelpEntry(Long id, String name, String description) {}
