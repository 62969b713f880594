/**
 * The fake's state engine: accounts (one per API token) with their clients, operators, channels,
 * dialogs, messages and transfers, and their reference data ({@link
 * dev.chat2desk4j.mock.state.AccountReference}: operator groups, tags, templates, the monthly
 * quota). Both the HTTP fake and the in-process fake of the testkit run on {@link
 * dev.chat2desk4j.mock.state.MockState}, so the two always agree.
 *
 * <p>It speaks the domain, not HTTP: a request it refuses throws a {@link
 * dev.chat2desk4j.mock.state.MockStateException} (a record not found, invalid fields, a duplicate,
 * a record that already has the asked state), which the fakes turn into the API's status and error
 * envelope. Each resource's data and rules live in a package-private component ({@code
 * ClientsData}, {@code MessagesData}, {@code DialogsData}, ...) that {@link
 * dev.chat2desk4j.mock.state.MockAccount} calls under the account's lock.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: {@code MockState}, {@code MockAccount} and the views of {@code AccountReference}
 * are thread-safe; the records are immutable.
 */
package dev.chat2desk4j.mock.state;
