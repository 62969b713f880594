package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Transport;

/** The data behind {@link Seed#demo()} and {@code --seed demo}. */
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
          .build();

  private DemoSeed() {}
}
