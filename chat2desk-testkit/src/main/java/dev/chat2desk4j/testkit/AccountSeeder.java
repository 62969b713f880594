package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Transport;

/**
 * Puts data into one account of the system a {@link Chat2DeskContract} tests, by whatever back door
 * that system has (the fake server's state, an admin API, a test database).
 */
public interface AccountSeeder {

  /**
   * Creates a client (contact).
   *
   * @param name the client's name
   * @param phone the client's phone number in international digits, unique in the account
   * @return the new client's id
   */
  long createClient(String name, String phone);

  /**
   * Creates a client reachable through a new channel of a messenger, which a single client's read
   * lists among its channels. Added after the other methods: the default throws {@link
   * UnsupportedOperationException}, and the contract skips the tests that need it.
   *
   * @param name the client's name
   * @param phone the client's phone number in international digits, unique in the account
   * @param transport the messenger of the new channel
   * @return the new client's id
   */
  default long createClientOnChannel(String name, String phone, Transport transport) {
    throw new UnsupportedOperationException("createClientOnChannel is not supported by " + this);
  }

  /**
   * Creates an operator.
   *
   * @param name the operator's name
   * @return the new operator's id
   */
  long addOperator(String name);

  /**
   * Records a message the client wrote to the account, as a messenger would deliver it.
   *
   * @param clientId the client who writes
   * @param text the text
   */
  void receiveMessage(long clientId, String text);

  /**
   * Moves the client's latest dialog to another operator, which records one transfer (none when the
   * operator already holds it).
   *
   * @param clientId the client whose dialog moves; the client has written or been written to
   * @param toOperatorId the operator who takes the dialog
   * @return the dialog's id
   */
  long transferDialog(long clientId, long toOperatorId);
}
