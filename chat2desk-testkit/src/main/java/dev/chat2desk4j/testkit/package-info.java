/**
 * Test support for code that uses chat2desk4j: {@link
 * dev.chat2desk4j.testkit.Chat2DeskMockExtension} runs the fake server for JUnit 5 tests and
 * injects it with a ready client; {@link dev.chat2desk4j.testkit.InMemoryChat2Desk} is the same
 * fake without HTTP; {@link dev.chat2desk4j.testkit.Chat2DeskContract} is the behaviour suite any
 * {@code Chat2Desk} implementation can run, with {@link
 * dev.chat2desk4j.testkit.MockServerEnvironment} and {@link
 * dev.chat2desk4j.testkit.InMemoryEnvironment} as ready environments.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: the extension, the in-memory client, the environments and the seeder are
 * thread-safe; builders are not.
 */
package dev.chat2desk4j.testkit;
