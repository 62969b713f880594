package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.mock.state.Customer;

/**
 * A customer of an {@link InMemoryChat2Desk}'s account: {@link #writes(String)} brings a message in
 * as the real flow does and delivers the resulting events to the client's callbacks before it
 * returns.
 */
public final class SimulatedCustomer {

  private final Customer customer;
  private final Runnable deliver;

  SimulatedCustomer(Customer customer, Runnable deliver) {
    this.customer = customer;
    this.deliver = deliver;
  }

  /** This customer writing through another channel of the account. */
  public SimulatedCustomer on(long channelId) {
    return new SimulatedCustomer(customer.on(channelId), deliver);
  }

  /**
   * The customer writes a text; answers the message as stored, after the {@code inbox} event
   * reached the callbacks.
   *
   * @throws dev.chat2desk4j.mock.state.RecordNotFoundException for an unknown client or channel
   */
  public Message writes(String text) {
    try {
      return customer.writes(text);
    } finally {
      deliver.run();
    }
  }
}
