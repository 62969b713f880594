package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.mock.fault.Faults;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fault rules out of range or of the wrong type are refused, over the admin API and in Java. */
class FaultRuleValidationTest extends FixtureServerTest {

  private Http admin;

  @BeforeEach
  void clearFaults() {
    server.faults().clear();
    admin = new Http(server.baseUrl(), null); // JSON writes: no admin header needed
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'action': 'respond', 'status': 429, 'retry_after_seconds': 9223372036854775807}"
            + " | retry_after_seconds | must be an integer from 0 to 86400",
        "{'action': 'respond', 'status': 429, 'retry_after_seconds': 86401}"
            + " | retry_after_seconds | must be an integer from 0 to 86400",
        "{'action': 'respond', 'status': 429, 'retry_after_seconds': -1}"
            + " | retry_after_seconds | must be an integer from 0 to 86400",
        "{'action': 'respond', 'status': 429, 'retry_after_seconds': 1e400}"
            + " | retry_after_seconds | must be an integer from 0 to 86400",
        "{'action': 'delay', 'delay_ms': 4611686018427387904}"
            + " | delay_ms | must be an integer from 0 to 600000",
        "{'action': 'accept_then_delay', 'delay_ms': 600001}"
            + " | delay_ms | must be an integer from 0 to 600000",
        "{'action': 'delay', 'delay_ms': 1.5} | delay_ms | must be an integer from 0 to 600000",
        "{'action': 'delay'} | delay_ms | is required",
        "{'action': 'respond', 'status': '429'} | status | must be an integer from 100 to 599",
        "{'action': 'respond', 'status': 600} | status | must be an integer from 100 to 599",
        "{'action': 'respond'} | status | is required",
        "{'action': 'drop_connection', 'times': 0} | times | must be an integer from 1 to 1000000",
        "{'action': 'drop_connection', 'times': 4294967297}"
            + " | times | must be an integer from 1 to 1000000",
        "{'action': 'drop_connection', 'probability': 1.5}"
            + " | probability | must be a number from 0.0 to 1.0",
        "{'action': 'drop_connection', 'probability': 'often'}"
            + " | probability | must be a number from 0.0 to 1.0",
        "{'action': 'drop_connection', 'times': 2, 'probability': 0.5}"
            + " | probability | cannot be combined with times",
        "{'action': 'explode'}"
            + " | action | must be one of respond, delay, drop_connection, store_then_drop,"
            + " accept_then_delay",
        "{'action': 7} | action | must be a string",
        "{} | action | is required",
        "{'action': 'drop_connection', 'method': 'G T'} | method | must be an HTTP method such as"
            + " GET, or *",
        "{'action': 'drop_connection', 'path': 'v1/x'} | path | must start with / or *",
        "{'action': 'drop_connection', 'path': null, 'operation': null} | path | is required",
        "{'action': 'drop_connection', 'operation': ['sendMessage']} | operation | must be a string",
      })
  void rule_badField_answers400NamingIt(String rule, String field, String problem) {
    assertBadField(rule, field, problem);
  }

  @Test
  void rule_unknownOperation_answers400ListingEveryOperation() {
    String known =
        Arrays.stream(Operation.values()).map(Operation::methodName).collect(joining(", "));

    assertBadField(
        "{'action': 'drop_connection', 'operation': 'explode'}",
        "operation",
        "must be one of " + known);
  }

  private void assertBadField(String rule, String field, String problem) {
    String body =
        json(rule.contains("'path'") || rule.contains("operation") ? rule : withPath(rule));

    Http.Response response = admin.post("/__admin/faults", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("status").asText()).isEqualTo("error");
    assertThat(response.json().path("message").asText()).isEqualTo("Invalid fault rule");
    assertThat(response.json().at("/errors/" + field + "/0").asText()).isEqualTo(problem);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void rule_severalBadFields_namesEach() {
    Http.Response response =
        admin.post(
            "/__admin/faults",
            json("{'path': '/v1/*', 'action': 'respond', 'status': 1, 'times': -3}"));

    response.is(
        400,
        json(
            "{'status': 'error', 'message': 'Invalid fault rule', 'errors': {"
                + "'status': ['must be an integer from 100 to 599'],"
                + " 'times': ['must be an integer from 1 to 1000000']}}"));
  }

  @Test
  void rule_largestValues_accepted() {
    Http.Response responding =
        admin.post(
            "/__admin/faults",
            json(
                "{'operation': 'listClients', 'action': 'respond', 'status': 599,"
                    + " 'retry_after_seconds': 86400, 'times': 1000000}"));
    Http.Response delayed =
        admin.post(
            "/__admin/faults",
            json("{'path': '/v1/x', 'action': 'delay', 'delay_ms': 600000, 'probability': 1}"));

    assertThat(responding.status()).isEqualTo(200);
    assertThat(delayed.status()).isEqualTo(200);
    assertThat(server.faults().rules()).hasSize(2);
    Http.Response faulted = http.get("/v1/clients");
    assertThat(faulted.status()).isEqualTo(599);
    assertThat(faulted.raw().headers().firstValue("Retry-After")).hasValue("86400");
    assertThat(faulted.json().path("status").asText()).isEqualTo("error");
  }

  @Test
  void builder_valuesOutOfRange_throwNamingTheParameter() {
    Faults faults = server.faults();

    assertThatThrownBy(
            () -> faults.on(Operation.SEND_MESSAGE).respond(429).retryAfter(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryAfter must be within 0 and PT24H");
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).delay(Duration.ofMinutes(11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay must be within 0 and PT10M");
    assertThatThrownBy(
            () -> faults.on(Operation.SEND_MESSAGE).acceptThenDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay");
    assertThatThrownBy(() -> faults.on(Operation.SEND_MESSAGE).dropConnection().times(1_000_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be within 1 and 1000000");
    assertThatThrownBy(() -> faults.on("GET", "v1/clients"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pathPattern");
    assertThat(faults.rules()).isEmpty();
  }

  private static String withPath(String rule) {
    return rule.equals("{}") ? rule : "{'path': '/v1/*', " + rule.substring(1);
  }
}
