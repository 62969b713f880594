package dev.chat2desk4j.mock;

import java.time.Instant;

/**
 * One request the fake received on its API paths, as the journal keeps it. The {@code
 * Authorization} header is never kept.
 *
 * @param at when the request arrived, by the server's clock
 * @param method the HTTP method, such as {@code POST}
 * @param path the path with repeated and trailing slashes removed, such as {@code /v1/messages}
 * @param query the raw query string, or an empty string
 * @param body the request body as UTF-8 text, or an empty string
 * @param status the status answered, or 0 when a fault dropped the connection without an answer
 */
public record JournalEntry(
    Instant at, String method, String path, String query, String body, int status) {}
