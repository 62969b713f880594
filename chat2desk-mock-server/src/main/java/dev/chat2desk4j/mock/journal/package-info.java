/**
 * The request journal of the HTTP fake and the checks on it: {@link
 * dev.chat2desk4j.mock.journal.JournalEntry} is one request as received (its parsed parameters, the
 * start of its body, its operation and status), {@link dev.chat2desk4j.mock.journal.Verification}
 * starts the fluent checks ({@code server.verify().messageSent().to(42).once()}).
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: the journal is thread-safe; entries and verifications are immutable.
 */
package dev.chat2desk4j.mock.journal;
