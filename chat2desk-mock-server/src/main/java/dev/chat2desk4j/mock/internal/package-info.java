/**
 * Not API: what the testkit's in-memory fake needs from this module's HTTP side ({@link
 * dev.chat2desk4j.mock.internal.InMemoryApi}). Public only because Java has no other way to share
 * it with another module; it may change in any release, and applications must not call it.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: stateless.
 */
package dev.chat2desk4j.mock.internal;
