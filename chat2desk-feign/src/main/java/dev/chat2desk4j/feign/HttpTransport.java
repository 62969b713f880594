package dev.chat2desk4j.feign;

import feign.Client;
import feign.Request;

/**
 * A built HTTP client that every token view of one {@link FeignChat2Desk} shares, with the options
 * to call it with and the way to release it.
 *
 * @param name the client's short name, such as {@code jdk}
 * @param client the Feign client
 * @param options the per-request options matching how the client was built
 * @param release frees the client's connections and threads; a no-op for caller-owned clients
 */
record HttpTransport(String name, Client client, Request.Options options, Runnable release) {}
