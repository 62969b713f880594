/**
 * A stateful, multi-tenant fake of the Chat2Desk API over real HTTP. Start at {@link
 * dev.chat2desk4j.mock.Chat2DeskMockServer#builder()}; arrange data through {@link
 * dev.chat2desk4j.mock.Chat2DeskMockServer#state()} ({@code mock.state}), inject failures through
 * {@link dev.chat2desk4j.mock.Chat2DeskMockServer#faults()} ({@code mock.fault}), and read what
 * arrived in {@link dev.chat2desk4j.mock.Chat2DeskMockServer#journal()} and {@link
 * dev.chat2desk4j.mock.Chat2DeskMockServer#verify()} ({@code mock.journal}). {@link
 * dev.chat2desk4j.mock.MockServerCommand} runs it standalone. The packages {@code mock.http},
 * {@code mock.admin} and {@code mock.internal} are the implementation, not API.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: the server, its faults and its journal are thread-safe.
 */
package dev.chat2desk4j.mock;
