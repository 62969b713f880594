/**
 * Fault rules: {@link dev.chat2desk4j.mock.fault.Faults} registers them ({@code
 * faults.on(Operation.SEND_MESSAGE).dropConnection().once()}), and each kind of {@link
 * dev.chat2desk4j.mock.fault.Fault} acts on a {@link dev.chat2desk4j.mock.fault.FaultedCall}, which
 * the HTTP fake and the testkit's in-memory fake both implement, so a rule behaves alike in both.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: {@code Faults} and its rules are thread-safe; the kinds are immutable; a {@code
 * FaultRuleBuilder} is used from one thread.
 */
package dev.chat2desk4j.mock.fault;
