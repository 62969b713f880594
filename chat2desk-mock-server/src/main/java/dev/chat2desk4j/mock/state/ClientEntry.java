package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ClientChannel;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.List;

/**
 * A client with what the account tracks about it beyond the API's listed client object: its
 * messenger and channel for sends that name neither, its dialog, and the channels it can be reached
 * through, which only a single client's read shows.
 */
record ClientEntry(
    Client client,
    Transport transport,
    Long channelId,
    Long dialogId,
    List<ClientChannel> channels) {

  ClientEntry {
    channels = List.copyOf(channels);
  }

  ClientEntry withDialogId(long dialogId) {
    return new ClientEntry(client, transport, channelId, dialogId, channels);
  }

  /** This client reachable through one more channel, with the given messenger on it. */
  ClientEntry withChannel(long channelId, Transport transport) {
    List<ClientChannel> more = new ArrayList<>(channels);
    more.add(ClientChannel.of(channelId, transport));
    return new ClientEntry(client, this.transport, this.channelId, dialogId, more);
  }

  /** The client as a single read answers it: with its channels. */
  Client withChannels() {
    Client c = client;
    return new Client(
        c.id(),
        c.name(),
        c.assignedName(),
        c.phone(),
        c.avatar(),
        c.regionId(),
        c.countryId(),
        c.externalId(),
        c.comment(),
        c.extraComment1(),
        c.extraComment2(),
        c.extraComment3(),
        c.customFields(),
        c.tagIds(),
        channels);
  }
}
