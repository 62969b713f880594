package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Transport;

/**
 * A channel of a fake account: one connected messenger number or bot.
 *
 * @param id the channel's id
 * @param name the channel's name
 * @param transport the messenger it belongs to
 */
public record MockChannel(long id, String name, Transport transport) {}
