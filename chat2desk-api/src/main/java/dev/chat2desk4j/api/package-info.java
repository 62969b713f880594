/**
 * The Chat2Desk API as plain Java: the {@link dev.chat2desk4j.api.Chat2Desk} interface, its
 * immutable models and requests, pages, and the exception hierarchy rooted at {@link
 * dev.chat2desk4j.api.Chat2DeskException}.
 *
 * <p>Start at {@link dev.chat2desk4j.api.Chat2Desk}; obtain an instance from a transport module
 * such as {@code chat2desk-feign}. This package depends on nothing but the JDK.
 *
 * <p>Nullness: every parameter and return value in this package is non-null unless its Javadoc says
 * "or null". Collections are never null; an absent list is empty.
 *
 * <p>Thread-safety: every type here is immutable, and implementations of {@code Chat2Desk} are
 * thread-safe.
 */
package dev.chat2desk4j.api;
