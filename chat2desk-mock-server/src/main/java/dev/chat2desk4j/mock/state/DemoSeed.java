package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;

/**
 * The data behind {@link Seed#demo()} and {@code --seed demo}: clients with cards, open and closed
 * dialogs, read and unread messages, transfers, and one client waiting for an answer.
 */
final class DemoSeed {

  static final Seed SEED =
      Seed.builder()
          .operator("Olga Petrova")
          .operator("Ivan Smirnov")
          .operator("Maria Ivanova")
          .channel("Support Telegram", Transport.TELEGRAM)
          .channel("Sales WhatsApp", Transport.WHATSAPP)
          .client(
              SeedClient.of("Anna", "79001234567")
                  .withChannel("Support Telegram")
                  .withCard(
                      ClientCard.empty()
                          .withAssignedName("Anna (VIP)")
                          .withComment("Prefers Telegram")
                          .withExternalId("crm-1042")
                          .withCustomField("city", "Moscow"))
                  .message(
                      new SeedMessage(
                          MessageType.FROM_CLIENT, "Hello! Where is my order #1042?", null, true))
                  .reply("Olga Petrova", "Hi Anna, it ships tomorrow morning.")
                  .incoming("Thank you!")
                  .transferTo("Ivan Smirnov"))
          .client(
              SeedClient.of("Boris", "79007654321")
                  .withChannel("Sales WhatsApp")
                  .withCard(ClientCard.empty().withExtraComments("Wholesale buyer", null, null))
                  .dialog(
                      SeedDialog.closed()
                          .withOperator("Ivan Smirnov")
                          .withBegin(Instant.parse("2026-11-20T09:00:00Z"))
                          .withEnd(Instant.parse("2026-11-20T09:30:00Z"))
                          .message(
                              new SeedMessage(
                                  MessageType.FROM_CLIENT, "Do you deliver to Kazan?", null, true))
                          .reply("Ivan Smirnov", "Yes, within three days.")))
          .client(
              SeedClient.of("Chen", "79005551234")
                  .withChannel("Support Telegram")
                  .message(
                      new SeedMessage(
                          MessageType.FROM_CLIENT,
                          "Can I change the delivery address?",
                          null,
                          true))
                  .message(
                      new SeedMessage(MessageType.COMMENT, "Regular customer", "Maria Ivanova"))
                  .reply("Maria Ivanova", "Of course, send me the new address.")
                  .transferTo("Olga Petrova"))
          .client(
              SeedClient.of("Dina", "79002223344")
                  .withChannel("Sales WhatsApp")
                  .withCard(ClientCard.empty().withCustomField("source", "Instagram ad"))
                  .incoming("Hi, is the blue model in stock?"))
          .client(
              SeedClient.of("Egor", "79003334455")
                  .withTransport(Transport.VIBER)
                  .withCard(
                      ClientCard.empty()
                          .withComment("Called about a refund")
                          .withExternalId("crm-2077")))
          .build();

  private DemoSeed() {}
}
