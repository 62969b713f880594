package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension's {@code server()} and {@code client()}, and the client a test may close. */
class ExtensionAccessTest {

  static final List<URI> SEEN = new CopyOnWriteArrayList<>();

  @Test
  void server_outsideATest_failsSayingWhenItIsAvailable() {
    Chat2DeskMockExtension extension = Chat2DeskMockExtension.create();

    assertThatThrownBy(extension::server)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("server() is available only while a test");
    assertThatThrownBy(extension::client)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("client() is available only while a test");
  }

  @Test
  void server_inBeforeAllTestAndAfterAll_isTheInjectedServer() {
    SEEN.clear();

    run(Accessors.class);

    assertThat(SEEN).hasSize(3).containsOnly(SEEN.get(0));
  }

  @Test
  void server_perTestOnInstanceField_isEachTestsOwnServer() {
    SEEN.clear();

    run(PerTestAccessors.class);

    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void closingTheInjectedClientOrAWrapper_leavesTheClientWorkingForLaterTests() {
    run(ClosingWrapper.class);
  }

  @Test
  void aTestLeavingAFaultRuleUnregistered_failsNamingIt_andTheNextTestRunsClean() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(UnfinishedRule.class))
            .execute();

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("forgetsTheTerminal"),
                finishedWithFailure(
                    instanceOf(IllegalStateException.class),
                    message(
                        text ->
                            text.contains("on(SEND_MESSAGE).respond(503) was never registered")))));
  }

  @Test
  void inMemoryCall_afterAnUnfinishedRule_failsNamingIt() {
    InMemoryChat2Desk chat2desk = InMemoryChat2Desk.create("t");
    chat2desk.faults().on(Operation.LIST_CLIENTS).dropConnection();

    assertThatThrownBy(chat2desk::listClients)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("on(LIST_CLIENTS).dropConnection() was never registered");
    assertThat(chat2desk.listClients().total()).hasValue(0);
  }

  private static void run(Class<?> fixture) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.failed(0).succeeded(countTests(fixture)));
  }

  private static long countTests(Class<?> fixture) {
    return Arrays.stream(fixture.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Test.class))
        .count();
  }

  static class Accessors {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @BeforeAll
    static void beforeAll() {
      SEEN.add(mock.server().baseUrl());
    }

    @Test
    void test(Chat2DeskMockServer server) {
      assertThat(mock.server()).isSameAs(server);
      assertThat(mock.client().listClients().total()).hasValue(0);
      SEEN.add(server.baseUrl());
    }

    @AfterAll
    static void afterAll() {
      SEEN.add(mock.server().baseUrl());
    }
  }

  static class PerTestAccessors {
    @RegisterExtension Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    void first(Chat2DeskMockServer server) {
      assertThat(mock.server()).isSameAs(server);
      SEEN.add(mock.server().baseUrl());
    }

    @Test
    void second(Chat2DeskMockServer server) {
      assertThat(mock.server()).isSameAs(server);
      SEEN.add(mock.server().baseUrl());
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class UnfinishedRule {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    @Order(1)
    void forgetsTheTerminal(Chat2DeskMockServer server) {
      server.faults().on(Operation.SEND_MESSAGE).respond(503);
    }

    @Test
    @Order(2)
    void nextTest_startsWithoutRules(Chat2DeskMockServer server) {
      assertThat(server.faults().rules()).isEmpty();
      server.faults().on(Operation.SEND_MESSAGE).respond(503).once();
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ClosingWrapper {
    @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

    @Test
    @Order(1)
    void closesEverythingItCan(Chat2Desk chat2desk) {
      try (Chat2Desk resilient = ResilientChat2Desk.wrap(chat2desk).build()) {
        resilient.listClients();
      }
      chat2desk.close();
      mock.client().close();

      assertThat(chat2desk.listClients().total()).hasValue(0);
    }

    @Test
    @Order(2)
    void laterTest_stillHasAWorkingClient(Chat2Desk chat2desk) {
      assertThat(chat2desk.listClients().total()).hasValue(0);
      assertThat(mock.client().listClients().total()).hasValue(0);
    }
  }
}
