package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test data: a fixed clock, two tokens and a small seed with known ids. */
final class Fixtures {

  static final String TOKEN = "token-a";
  static final String OTHER_TOKEN = "token-b";
  static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String CREATED = "2026-11-24T10:15:00 UTC";

  /**
   * Operators 1 Olga, 2 Ivan; channel 1 Support (telegram); client 1 Anna (79001234567) with
   * messages 1 (incoming) and 2 (reply by Olga) in dialog 1; client 2 Boris without messages.
   */
  static Seed seed() {
    return Seed.builder()
        .operator("Olga")
        .operator("Ivan")
        .channel("Support", Transport.TELEGRAM)
        .client(
            SeedClient.of("Anna", "79001234567")
                .withChannel("Support")
                .incoming("Hello")
                .reply("Olga", "Hi Anna"))
        .client(SeedClient.of("Boris", "79007654321").withTransport(Transport.WHATSAPP))
        .build();
  }

  static Chat2DeskMockServer start() {
    return Chat2DeskMockServer.builder()
        .token(TOKEN, seed())
        .token(OTHER_TOKEN)
        .clock(CLOCK)
        .build()
        .start();
  }

  private Fixtures() {}
}
