/**
 * The Chat2Desk client over HTTP: {@link dev.chat2desk4j.feign.FeignChat2Desk} implements {@link
 * dev.chat2desk4j.api.Chat2Desk} with OpenFeign, Jackson and a choice of HTTP client ({@link
 * dev.chat2desk4j.feign.HttpClientChoice}): the JDK's own (the default), OkHttp or Apache
 * HttpClient 5, the last two only when their optional dependencies are on the class path.
 *
 * <p>Start at {@link dev.chat2desk4j.feign.FeignChat2Desk#builder()}. Everything not public here is
 * an implementation detail: one Feign interface method per {@link dev.chat2desk4j.api.Operation}
 * holds the wire (method, path, parameter names) and one route table maps each request type to it,
 * so adding an operation touches those two places and, for a new answer, the JSON shapes.
 *
 * <p>Nullness: every parameter and return value is non-null unless its Javadoc says "or null".
 *
 * <p>Thread-safety: clients are thread-safe and meant to be shared; builders are not.
 */
package dev.chat2desk4j.feign;
