/**
 * The admin API under {@code /__admin}: health, accounts, reset, seed, journal, fault rules and
 * incoming client messages, behind {@link dev.chat2desk4j.mock.admin.AdminGuard}.
 *
 * <p>Not API: {@link dev.chat2desk4j.mock.admin.AdminHttp} is public for the server that wires it;
 * the admin API itself is documented over HTTP in the module's README.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: stateless, over the thread-safe state, journal and faults.
 */
package dev.chat2desk4j.mock.admin;
