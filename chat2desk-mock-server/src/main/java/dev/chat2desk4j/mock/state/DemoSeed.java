package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Transport;

/** The data behind {@link Seed#demo()} and {@code --seed demo}. */
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
                  .incoming("Hello! Where is my order #1042?")
                  .reply("Olga Petrova", "Hi Anna, it ships tomorrow morning.")
                  .incoming("Thank you!")
                  .transferTo("Ivan Smirnov"))
          .client(
              SeedClient.of("Boris", "79007654321")
                  .withChannel("Sales WhatsApp")
                  .incoming("Do you deliver to Kazan?")
                  .reply("Ivan Smirnov", "Yes, within three days."))
          .client(
              SeedClient.of("Chen", "79005551234")
                  .withChannel("Support Telegram")
                  .incoming("Can I change the delivery address?")
                  .message(
                      new SeedMessage(MessageType.COMMENT, "Regular customer", "Maria Ivanova"))
                  .reply("Maria Ivanova", "Of course, send me the new address.")
                  .transferTo("Olga Petrova"))
          .client(
              SeedClient.of("Dina", "79002223344")
                  .withChannel("Sales WhatsApp")
                  .incoming("Hi, is the blue model in stock?"))
          .client(SeedClient.of("Egor", "79003334455").withTransport(Transport.VIBER))
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
