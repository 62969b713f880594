package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.chat2desk4j.api.TransportException;
import dev.chat2desk4j.feign.FeignChat2Desk;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class Chat2DeskMockExtensionTest {

  @BeforeEach
  void forgetEarlierRuns() {
    ExtensionFixtures.clear();
  }

  @Test
  void staticField_twoTests_shareOneServerResetBetweenThem() {
    run(ExtensionFixtures.StaticField.class).testEvents().assertStatistics(s -> s.succeeded(2));

    List<URI> seen = ExtensionFixtures.seen(ExtensionFixtures.StaticField.class);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(seen.get(1));
    assertAllServersClosed();
  }

  @Test
  void instanceField_twoTests_getAServerEach() {
    run(ExtensionFixtures.InstanceField.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(ExtensionFixtures.seen(ExtensionFixtures.InstanceField.class))
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertAllServersClosed();
  }

  @Test
  void extendWith_defaults_oneServerPerClassWithTheDefaultToken() {
    run(ExtensionFixtures.Declarative.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(ExtensionFixtures.seen(ExtensionFixtures.Declarative.class))
        .hasSize(2)
        .containsOnly(ExtensionFixtures.seen(ExtensionFixtures.Declarative.class).get(0));
    assertAllServersClosed();
  }

  @Test
  void perTest_onStaticField_startsAServerPerTest() {
    run(ExtensionFixtures.PerTestOnStaticField.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(2));

    assertThat(ExtensionFixtures.seen(ExtensionFixtures.PerTestOnStaticField.class))
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertAllServersClosed();
  }

  @Test
  void perClass_onInstanceField_sharesOneServerAndClosesItAfterTheClass() {
    run(ExtensionFixtures.PerClassOnInstanceField.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(2));

    List<URI> seen = ExtensionFixtures.seen(ExtensionFixtures.PerClassOnInstanceField.class);
    assertThat(seen).hasSize(2).containsOnly(seen.get(0));
    assertAllServersClosed();
  }

  @Test
  void nestedClass_sharesTheOuterClassServer() {
    run(ExtensionFixtures.WithNested.class).testEvents().assertStatistics(s -> s.succeeded(2));

    List<URI> seen = ExtensionFixtures.seen(ExtensionFixtures.WithNested.class);
    assertThat(seen).hasSize(2).containsOnly(seen.get(0));
    assertAllServersClosed();
  }

  @Test
  void perClassServer_injectedIntoConstructorAndBeforeAll_isTheTestsServer() {
    run(ExtensionFixtures.InjectedEarly.class).testEvents().assertStatistics(s -> s.succeeded(1));

    List<URI> seen = ExtensionFixtures.seen(ExtensionFixtures.InjectedEarly.class);
    assertThat(seen).hasSize(2).containsOnly(seen.get(0));
    assertAllServersClosed();
  }

  @Test
  void seedAndAccounts_everyTest_startsFromTheSeed() {
    run(ExtensionFixtures.Seeded.class).testEvents().assertStatistics(s -> s.succeeded(2));
  }

  @Test
  void failingTest_isReportedAndTheOthersStillRunOnAResetServer() {
    EngineExecutionResults results = run(ExtensionFixtures.FailingTest.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("fails"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(text -> text.contains("deliberate failure")))));
    assertAllServersClosed();
  }

  @Test
  void perTestServer_injectedIntoBeforeAll_failsWithAClearMessage() {
    EngineExecutionResults results = run(ExtensionFixtures.PerTestServerInBeforeAll.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(ExtensionFixtures.PerTestServerInBeforeAll.class),
                finishedWithFailure(
                    instanceOf(ParameterResolutionException.class),
                    message(text -> text.contains("per-test server exists only")))));
    assertThat(ExtensionFixtures.SERVERS).isEmpty();
  }

  @Test
  void twoDifferentExtensions_inOneClass_failTheClass() {
    EngineExecutionResults results = run(ExtensionFixtures.TwoDifferentExtensions.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(ExtensionFixtures.TwoDifferentExtensions.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(text -> text.contains("register one per class")))));
    results.testEvents().assertStatistics(s -> s.started(0));
  }

  @Test
  void badSeed_failsTheClassWithTheSeedsProblem() {
    EngineExecutionResults results = run(ExtensionFixtures.BadSeed.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(ExtensionFixtures.BadSeed.class),
                finishedWithFailure(instanceOf(IllegalArgumentException.class))));
    results.testEvents().assertStatistics(s -> s.started(0));
  }

  @Test
  void parallelClasses_eachGetTheirOwnServer() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
            .configurationParameter(
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
            .selectors(
                selectClass(ExtensionFixtures.StaticField.class),
                selectClass(ExtensionFixtures.Declarative.class),
                selectClass(ExtensionFixtures.InstanceField.class),
                selectClass(ExtensionFixtures.PerClassOnInstanceField.class))
            .execute();

    results.testEvents().assertStatistics(s -> s.succeeded(8).failed(0));
    URI staticServer = ExtensionFixtures.seen(ExtensionFixtures.StaticField.class).get(0);
    URI declarativeServer = ExtensionFixtures.seen(ExtensionFixtures.Declarative.class).get(0);
    assertThat(staticServer).isNotEqualTo(declarativeServer);
    assertAllServersClosed();
  }

  @Test
  void perTest_concurrentMethods_eachGetTheirOwnServer() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
            .selectors(selectClass(ExtensionFixtures.PerTestOnStaticField.class))
            .execute();

    results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(ExtensionFixtures.seen(ExtensionFixtures.PerTestOnStaticField.class))
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertAllServersClosed();
  }

  @Test
  void builder_otherAccountWithThePrimaryToken_isRejected() {
    Chat2DeskMockExtension.Builder builder =
        Chat2DeskMockExtension.builder().token("same").account("same");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("primary token");
  }

  @Test
  void builder_blankToken_isRejected() {
    assertThatThrownBy(() -> Chat2DeskMockExtension.builder().token(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
  }

  private static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
  }

  /** Every server a fixture saw refuses connections now: the extension closed it. */
  private static void assertAllServersClosed() {
    assertThat(ExtensionFixtures.SERVERS).isNotEmpty();
    for (URI baseUrl : ExtensionFixtures.SERVERS) {
      try (FeignChat2Desk probe =
          FeignChat2Desk.builder()
              .token("probe")
              .baseUrl(baseUrl)
              .connectTimeout(Duration.ofSeconds(2))
              .readTimeout(Duration.ofSeconds(2))
              .build()) {
        assertThatThrownBy(probe::listClients).isInstanceOf(TransportException.class);
      }
    }
  }
}
