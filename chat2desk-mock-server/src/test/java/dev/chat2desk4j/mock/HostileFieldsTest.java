package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the routes that read structured input, given each kind of wrong JSON value: the
 * answer is a 2xx or a 4xx in the API's envelope, never a 5xx. The fuzz test rarely writes such
 * JSON; this writes all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFieldsTest extends FixtureServerTest {

  private static final List<String> VALUES =
      List.of(
          "null",
          "\"\"",
          "\" \"",
          "\"x\"",
          "0",
          "-1",
          "1.5",
          "1e400",
          "99999999999999999999",
          "true",
          "[]",
          "[1, {}]",
          "{}",
          "{\"id\": [1]}",
          "{\"phone\": {}}",
          "{\"\": \"\"}");

  private static final Object[][] ROUTES = {
    {
      "POST",
      "/v1/messages",
      "client_id text type transport channel_id operator_id attachment pdf" + " open_dialog"
    },
    {
      "POST",
      "/v1/messages/inbox",
      "channel_id body image video location external_id" + " from_client"
    },
    {
      "GET",
      "/v1/messages",
      "client_id limit offset order type transport channel_id dialog_id"
          + " read operator_id start_id start_date finish_date"
    },
    {"POST", "/v1/clients", "phone transport channel_id nickname name assigned_phone"},
    {
      "PUT",
      "/v1/clients/1",
      "nickname comment extra_comment_1 extra_comment_2 extra_comment_3"
          + " external_id custom_fields"
    },
    {"GET", "/v1/clients", "limit offset phone tags order created_after"},
    {"PUT", "/v1/dialogs/1", "operator_id state initiator_id"},
    {"GET", "/v1/dialogs", "limit offset operator_id state order"},
    {"GET", "/v1/messages/2/transfer", "operator_id force_assign"},
  };

  Stream<Arguments> fieldsAndValues() {
    List<Arguments> cases = new ArrayList<>();
    for (Object[] route : ROUTES) {
      for (String field : ((String) route[2]).split(" ")) {
        for (String value : VALUES) {
          cases.add(Arguments.of(route[0], route[1], field, value));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}={3}")
  @MethodSource("fieldsAndValues")
  void anyValueOfAnyField_answered2xxOr4xx(String method, String path, String field, String value) {
    String body = "{\"" + field + "\": " + value + "}";
    Http.Response response =
        method.equals("GET")
            ? http.get(path + "?" + field + "=" + Http.legalQuery(value))
            : http.send(method, path, body, "application/json");

    assertThat(response.status()).as("%s %s %s", method, path, body).isBetween(200, 499);
    assertThat(response.json().path("status").asText()).isIn("success", "error");
  }
}
