package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes that {@link Chat2DeskMockExtensionTest} runs through the JUnit engine test kit. They
 * record the servers they saw; nested static classes are not run by the build on their own.
 */
final class ExtensionFixtures {

  /** The base URLs of the servers each fixture class saw, in the order its tests ran. */
  static final Map<Class<?>, List<URI>> SEEN = new ConcurrentHashMap<>();

  /** The base URLs of every server any fixture saw, to check that they were closed afterwards. */
  static final List<URI> SERVERS = new CopyOnWriteArrayList<>();

  private ExtensionFixtures() {}

  static void clear() {
    SEEN.clear();
    SERVERS.clear();
  }

  static List<URI> seen(Class<?> fixture) {
    return SEEN.getOrDefault(fixture, List.of());
  }

  /** Records the server, then proves that the account starts empty and that the client works. */
  static void useEmptyAccount(Class<?> fixture, Chat2DeskMockServer server, Chat2Desk chat2desk) {
    SEEN.computeIfAbsent(fixture, key -> new CopyOnWriteArrayList<>()).add(server.baseUrl());
    SERVERS.add(server.baseUrl());
    assertThat(chat2desk.listClients().total()).hasValue(0);
    assertThat(server.journal()).hasSize(1);
    long client =
        server.state().account(Chat2DeskMockExtension.DEFAULT_TOKEN).createClient("A", "7900").id();
    chat2desk.sendMessage(client, "hello");
    server.faults().on(Operation.LIST_CLIENTS).respond(503).always();
  }

  static class StaticField {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(StaticField.class, server, chat2desk);
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(StaticField.class, server, chat2desk);
    }
  }

  static class InstanceField {
    @RegisterExtension Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(InstanceField.class, server, chat2desk);
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(InstanceField.class, server, chat2desk);
    }
  }

  @ExtendWith(Chat2DeskMockExtension.class)
  static class Declarative {
    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(Declarative.class, server, chat2desk);
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(Declarative.class, server, chat2desk);
    }
  }

  static class PerTestOnStaticField {
    @RegisterExtension
    static Chat2DeskMockExtension mock = Chat2DeskMockExtension.builder().perTest().build();

    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(PerTestOnStaticField.class, server, chat2desk);
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(PerTestOnStaticField.class, server, chat2desk);
    }
  }

  static class PerClassOnInstanceField {
    @RegisterExtension
    Chat2DeskMockExtension mock = Chat2DeskMockExtension.builder().perClass().build();

    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(PerClassOnInstanceField.class, server, chat2desk);
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(PerClassOnInstanceField.class, server, chat2desk);
    }
  }

  static class WithNested {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    void outer(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(WithNested.class, server, chat2desk);
    }

    @Nested
    class Inner {
      @Test
      void inner(Chat2DeskMockServer server, Chat2Desk chat2desk) {
        useEmptyAccount(WithNested.class, server, chat2desk);
      }
    }
  }

  static class Seeded {
    static final Seed SEED =
        Seed.builder().operator("Olga").client(SeedClient.of("Anna", "79001234567")).build();

    @RegisterExtension
    static Chat2DeskMockExtension mock =
        Chat2DeskMockExtension.builder()
            .token("seeded-token")
            .seed(SEED)
            .account("other-token")
            .build();

    @Test
    void first(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      assertSeedOnly(server, chat2desk);
      server.state().account("seeded-token").createClient("Boris", "79007654321");
    }

    @Test
    void second(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      assertSeedOnly(server, chat2desk);
      server.state().account("seeded-token").createClient("Boris", "79007654321");
    }

    private static void assertSeedOnly(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      assertThat(chat2desk.listClients().items())
          .extracting("phone")
          .containsExactly("79001234567");
      assertThat(chat2desk.withToken("other-token").listClients().total()).hasValue(0);
      assertThat(server.state().account("seeded-token").operators()).hasSize(1);
    }
  }

  static class InjectedEarly {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    private final Chat2DeskMockServer server;
    private final Chat2Desk chat2desk;

    InjectedEarly(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      this.server = server;
      this.chat2desk = chat2desk;
    }

    @BeforeAll
    static void beforeAll(Chat2DeskMockServer server) {
      SEEN.computeIfAbsent(InjectedEarly.class, key -> new CopyOnWriteArrayList<>())
          .add(server.baseUrl());
    }

    @Test
    void test() {
      useEmptyAccount(InjectedEarly.class, server, chat2desk);
    }
  }

  static class FailingTest {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    void fails(Chat2DeskMockServer server) {
      SERVERS.add(server.baseUrl());
      assertThat(server.journal()).as("deliberate failure").isNotEmpty();
    }

    @Test
    void passes(Chat2DeskMockServer server, Chat2Desk chat2desk) {
      useEmptyAccount(FailingTest.class, server, chat2desk);
    }
  }

  static class PerTestServerInBeforeAll {
    @RegisterExtension
    static Chat2DeskMockExtension mock = Chat2DeskMockExtension.builder().perTest().build();

    @BeforeAll
    static void tooEarly(Chat2DeskMockServer server) {
      SERVERS.add(server.baseUrl());
    }

    @Test
    void never() {}
  }

  static class TwoDifferentExtensions {
    @RegisterExtension static Chat2DeskMockExtension first = Chat2DeskMockExtension.create();

    @RegisterExtension
    static Chat2DeskMockExtension second =
        Chat2DeskMockExtension.builder().token("another-token").build();

    @Test
    void never() {}
  }

  static class BadSeed {
    @RegisterExtension
    static Chat2DeskMockExtension mock =
        Chat2DeskMockExtension.builder()
            .seed(
                Seed.builder()
                    .client(SeedClient.of("Anna", "79001234567").transferTo("Nobody"))
                    .build())
            .build();

    @Test
    void never() {}
  }
}
