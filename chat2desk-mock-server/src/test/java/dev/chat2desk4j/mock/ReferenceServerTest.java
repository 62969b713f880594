package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedChannel;
import dev.chat2desk4j.mock.state.SeedClient;
import dev.chat2desk4j.mock.state.SeedOperator;
import dev.chat2desk4j.mock.state.SeedTag;
import dev.chat2desk4j.mock.state.SeedTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class of the reference routes (operators, channels, tags, templates, account), sharing one
 * server with {@link #seed()} for {@link Fixtures#TOKEN} and an empty account for {@link
 * Fixtures#OTHER_TOKEN}, reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceServerTest {

  Chat2DeskMockServer server;
  Http http;

  /**
   * Operators 1 Olga Petrova (admin, online, olga@demo.example, 79000000001), 2 Ivan (offline,
   * disabled), 3 Maria Ivanova (supervisor, online); groups 1 Support (1, 3) and 2 Sales (2);
   * channels 1 Support (telegram, 79000000100) and 2 Sales (whatsapp and viber); client 1 Anna on
   * Support with messages 1 (hers) and 2 (Olga's reply) in dialog 1 (open, Olga's, request 1),
   * client 2 Boris; tags 1 VIP (group 1 Status, on Anna), 2 Wholesale (group 2 Segment), 3 New
   * (group 1 Status); templates 1 Greeting and 2 Bye.
   */
  static Seed seed() {
    return Seed.builder()
        .operator(
            SeedOperator.named("Olga Petrova")
                .withEmail("olga@demo.example")
                .withPhone("79000000001")
                .withRole(OperatorRole.ADMIN)
                .withOnline(true))
        .operator(SeedOperator.named("Ivan").withStatus("disabled"))
        .operator(
            SeedOperator.named("Maria Ivanova").withRole(OperatorRole.SUPERVISOR).withOnline(true))
        .group("Support", "Olga Petrova", "Maria Ivanova")
        .group("Sales", "Ivan")
        .channel(SeedChannel.of("Support", Transport.TELEGRAM).withPhone("79000000100"))
        .channel(SeedChannel.of("Sales", Transport.WHATSAPP, Transport.VIBER))
        .client(
            SeedClient.of("Anna", "79001234567")
                .withChannel("Support")
                .incoming("Hello")
                .reply("Olga Petrova", "Hi Anna"))
        .client(SeedClient.of("Boris", "79007654321"))
        .tag(SeedTag.of("VIP").inGroup("Status").withDescription("Priority").onClients("Anna"))
        .tag(SeedTag.of("Wholesale").inGroup("Segment"))
        .tag(SeedTag.of("New").inGroup("Status"))
        .template(new SeedTemplate("Greeting", "/hello", "Hello!"))
        .template(new SeedTemplate("Bye", null, "Goodbye."))
        .build();
  }

  @BeforeAll
  void startServer() {
    server =
        Chat2DeskMockServer.builder()
            .token(Fixtures.TOKEN, seed())
            .token(Fixtures.OTHER_TOKEN)
            .clock(Fixtures.CLOCK)
            .build()
            .start();
    http = new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  @BeforeEach
  void resetServer() {
    server.reset();
  }

  @AfterAll
  void closeServer() {
    server.close();
  }
}
