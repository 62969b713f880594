package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Transport;
import java.util.List;

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

  // Operators, groups, channels, tags, templates and the quota (issue 15). Added after the first
  // release: each default throws UnsupportedOperationException, and the contract skips the tests
  // that need it.

  /**
   * Creates an operator with a profile: e-mail, phone, role, online, status.
   *
   * @return the new operator's id
   */
  default long addOperator(OperatorProfile operator) {
    throw new UnsupportedOperationException("addOperator(profile) is not supported by " + this);
  }

  /**
   * Creates an operator group.
   *
   * @param operatorIds the operators in it, existing in the account
   * @return the new group's id
   */
  default long addOperatorGroup(String name, List<Long> operatorIds) {
    throw new UnsupportedOperationException("addOperatorGroup is not supported by " + this);
  }

  /**
   * Creates a channel.
   *
   * @param phone the channel's phone number, or null
   * @param transports its messengers; at least one
   * @return the new channel's id
   */
  default long addChannel(String name, String phone, List<Transport> transports) {
    throw new UnsupportedOperationException("addChannel is not supported by " + this);
  }

  /**
   * Creates a tag.
   *
   * @param groupName the name of the tag's group, or null for none
   * @param description what the tag means, or null
   * @return the new tag's id
   */
  default long addTag(String label, String groupName, String description) {
    throw new UnsupportedOperationException("addTag is not supported by " + this);
  }

  /**
   * Creates an answer template.
   *
   * @param command the shortcut that inserts it, such as {@code /hello}, or null
   * @param text the text it inserts
   * @return the new template's id
   */
  default long addTemplate(String name, String command, String text) {
    throw new UnsupportedOperationException("addTemplate is not supported by " + this);
  }

  /**
   * Gives the account a monthly API quota and the calls it made this month so far, such as one call
   * short of the limit.
   *
   * @param limit the calls the account may make a month
   * @param used the calls counted this month already
   */
  default void setMonthlyQuota(long limit, long used) {
    throw new UnsupportedOperationException("setMonthlyQuota is not supported by " + this);
  }
}
