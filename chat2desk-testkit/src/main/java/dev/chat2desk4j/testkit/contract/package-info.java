/**
 * The parts of {@link dev.chat2desk4j.testkit.Chat2DeskContract}, one abstract class per resource,
 * each runnable on its own by extending it and implementing {@code createEnvironment()}.
 *
 * <p>Nullness: parameters and return values are non-null unless documented otherwise.
 */
package dev.chat2desk4j.testkit.contract;
