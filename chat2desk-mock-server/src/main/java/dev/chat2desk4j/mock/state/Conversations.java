package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.InboundSender;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateDialog;
import java.time.Instant;

/**
 * The operations that span several resources of an account: a message joins a client's dialog
 * through a channel, a dialog moves between operators. Every check runs before the first change, so
 * a refused request changes nothing. Not thread-safe: {@link MockAccount} holds its lock around
 * every call.
 */
final class Conversations {

  private Conversations() {}

  /** Stores a message from the account to a client; see {@link MockAccount#sendMessage}. */
  static Message send(AccountData data, SendMessage request, Instant at) {
    ClientEntry client = data.clients.get(request.clientId(), "client_id");
    if (request.channelId() != null) {
      data.channels.get(request.channelId(), "channel_id");
    }
    if (request.operatorId() != null) {
      data.operators.get(request.operatorId(), "operator_id");
    }
    Transport transport = request.transport() == null ? client.transport() : request.transport();
    Long channelId = request.channelId() == null ? client.channelId() : request.channelId();
    // open_dialog=false (ours): the message joins an open dialog but never opens one.
    boolean opens = !Boolean.FALSE.equals(request.openDialog());
    DialogEntry dialog =
        opens || data.dialogs.openOf(client.id()).isPresent()
            ? data.dialogs.forMessage(client.id(), request.operatorId(), at)
            : null;
    return store(
        data,
        new Message(
            data.messages.nextId(),
            client.id(),
            request.text(),
            request.type(),
            transport,
            true,
            at,
            request.operatorId(),
            channelId,
            dialog == null ? null : dialog.id(),
            dialog == null ? null : dialog.requestId(),
            Media.ofSend(request.attachment(), request.pdf()),
            null));
  }

  /** Stores a message a client wrote; see {@link MockAccount#receive(Incoming)}. */
  static Message receive(AccountData data, Incoming incoming, Instant at) {
    MockChannel channel =
        incoming.channelId() == null ? null : data.channels.get(incoming.channelId(), "channel_id");
    ClientEntry client = sender(data, incoming.from(), channel, at);
    Transport transport = client.transport();
    Long channelId = client.channelId();
    if (channel != null) {
      if (!client.reachableThrough(channel.id())) {
        client = client.withChannel(channel.id(), channel.transport());
        data.clients.replace(client);
      }
      transport = transportOn(client, channel);
      channelId = channel.id();
    }
    DialogEntry dialog = data.dialogs.forMessage(client.id(), null, at);
    return store(
        data,
        new Message(
            data.messages.nextId(),
            client.id(),
            incoming.text(),
            MessageType.FROM_CLIENT,
            transport,
            false,
            at,
            null,
            channelId,
            dialog.id(),
            dialog.requestId(),
            incoming.attachments(),
            incoming.remoteId()));
  }

  /** Reassigns, closes or reopens a dialog; see {@link MockAccount#updateDialog}. */
  static DialogEntry updateDialog(AccountData data, UpdateDialog request, Instant at) {
    DialogEntry dialog = data.dialogs.get(request.id(), null);
    if (request.operatorId() != null) {
      data.operators.get(request.operatorId(), "operator_id");
    }
    if (request.initiatorId() != null) {
      data.operators.get(request.initiatorId(), "initiator_id");
    }
    if (request.state() != null) {
      data.dialogs.checkStateChange(dialog, request.state());
    }
    if (request.operatorId() != null) {
      data.dialogs.reassign(dialog.id(), request.operatorId(), at);
    }
    if (request.state() != null) {
      data.dialogs.changeState(dialog.id(), request.state(), at);
    }
    return data.dialogs.get(dialog.id(), null);
  }

  /** Creates a client, checking the channel it names first. */
  static ClientEntry createClient(AccountData data, NewClient request, Instant at) {
    MockChannel channel =
        request.channelId() == null ? null : data.channels.get(request.channelId(), "channel_id");
    return data.clients.get(data.clients.create(request, channel, at).id(), null);
  }

  private static ClientEntry sender(
      AccountData data, InboundSender from, MockChannel channel, Instant at) {
    if (from.id() != null) {
      return data.clients.get(from.id(), "from_client");
    }
    return data.clients
        .byPhone(from.phone())
        .orElseGet(
            () -> {
              NewClient created =
                  new NewClient(from.nickname(), from.phone(), null, null, from.avatar());
              if (channel != null) {
                created = created.withChannelId(channel.id());
              }
              return createClient(data, created, at);
            });
  }

  /** The client's messenger on a channel: the one it was reached on there, else the channel's. */
  private static Transport transportOn(ClientEntry client, MockChannel channel) {
    return client.channels().stream()
        .filter(reached -> reached.id() == channel.id())
        .map(ClientChannel::transports)
        .filter(transports -> !transports.isEmpty())
        .map(transports -> transports.get(0))
        .findFirst()
        .orElse(channel.transport());
  }

  private static Message store(AccountData data, Message message) {
    data.messages.add(message);
    if (message.dialogId() != null) {
      data.dialogs.join(message);
    }
    return message;
  }
}
