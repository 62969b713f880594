package dev.chat2desk4j.webhooks;

/**
 * A file a message event carries, however the payload gave it: a top-level field ({@code photo},
 * {@code video}, {@code audio}, {@code pdf}; the kind is then that field's name) or an item of
 * {@code attachments} as {@code {content_type, file: {url}}} or {@code {name, link}}.
 *
 * @param kind the field it came from or the item's {@code content_type}, or null
 * @param url where the file is
 * @param name the file's name, or null
 */
public record EventAttachment(String kind, String url, String name) {}
