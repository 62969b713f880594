package dev.chat2desk4j.mock.state;

/**
 * The data of one account, one component per resource, each with the lookups and changes of its
 * resource. A reset replaces the whole object. Not thread-safe: {@link MockAccount} holds its lock
 * around every use, so an operation that touches several resources is atomic.
 */
final class AccountData {

  final OperatorsData operators = new OperatorsData();
  final ChannelsData channels = new ChannelsData();
  final ClientsData clients = new ClientsData();
  final MessagesData messages = new MessagesData();
  final DialogsData dialogs = new DialogsData();
}
