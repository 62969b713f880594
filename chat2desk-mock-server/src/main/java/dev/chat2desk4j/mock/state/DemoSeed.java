package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Transport;
import java.time.Instant;

/**
 * The data behind {@link Seed#demo()} and {@code --seed demo}: clients with cards, open and closed
 * dialogs, read and unread messages, transfers, and one client waiting for an answer.
 */
final class DemoSeed {

  static final Seed SEED =
      Seed.builder()
          .operator(
              SeedOperator.named("Olga Petrova")
                  .withEmail("olga.petrova@demo.example")
                  .withPhone("79000000001")
                  .withRole(OperatorRole.ADMIN)
                  .withOnline(true))
          .operator(
              SeedOperator.named("Ivan Smirnov")
                  .withEmail("ivan.smirnov@demo.example")
                  .withPhone("79000000002")
                  .withRole(OperatorRole.SUPERVISOR)
                  .withOnline(true))
          .operator(
              SeedOperator.named("Maria Ivanova")
                  .withEmail("maria.ivanova@demo.example")
                  .withPhone("79000000003"))
          .channel(SeedChannel.of("Support Telegram", Transport.TELEGRAM).withPhone("79000000100"))
          .channel(
              SeedChannel.of("Sales WhatsApp", Transport.WHATSAPP, Transport.VIBER)
                  .withPhone("79000000200"))
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
          // Reference data (issue 15): groups of the operators above, tags on the clients above
          // (by name), answer templates.
          .group("Support", "Olga Petrova", "Maria Ivanova")
          .group("Sales", "Ivan Smirnov")
          .tag(
              SeedTag.of("VIP")
                  .inGroup("Status")
                  .withDescription("Priority customer")
                  .onClients("Anna", "Chen"))
          .tag(
              SeedTag.of("Wholesale")
                  .inGroup("Segment")
                  .withDescription("Buys in bulk")
                  .onClients("Boris"))
          .tag(SeedTag.of("New").inGroup("Status").onClients("Dina", "Egor"))
          .template(new SeedTemplate("Greeting", "/hello", "Hello! How can we help you today?"))
          .template(
              new SeedTemplate(
                  "Delivery", "/delivery", "We deliver within three days across the country."))
          .build();

  private DemoSeed() {}
}
