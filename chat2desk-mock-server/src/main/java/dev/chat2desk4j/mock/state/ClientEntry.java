package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Transport;

/** A client with what the account tracks about it beyond the API's client object. */
record ClientEntry(Client client, Transport transport, Long channelId, Long dialogId) {

  ClientEntry withDialogId(long dialogId) {
    return new ClientEntry(client, transport, channelId, dialogId);
  }
}
