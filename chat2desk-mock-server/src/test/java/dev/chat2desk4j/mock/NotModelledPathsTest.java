package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the wire format lists as not modelled answers the 404 envelope, whatever the method. */
class NotModelledPathsTest extends FixtureServerTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/statistics",
    "GET, /v1/statistics/operators",
    "GET, /v1/tickets",
    "POST, /v1/tickets",
    "GET, /v1/tickets/1",
    "GET, /v1/scenarios",
    "GET, /v1/scenarios/1",
    "POST, /v1/scenarios/run",
    "GET, /v1/requests/5/messages",
    "GET, /v1/requests/5",
    "PUT, /v1/requests/5",
    "GET, /v1/custom_client_fields",
    "POST, /v1/custom_client_fields",
    "GET, /v1/regions",
    "GET, /v1/countries",
    "POST, /v1/qr-decode",
    "PUT, /v1/companies",
    "PUT, /v1/companies/api_info",
    "PUT, /v1/companies/1",
    "GET, /v1/help/regions",
    "GET, /v1/help"
  })
  void notModelled_answers404Envelope(String method, String path) {
    http.send(method, path, method.equals("GET") ? null : "{}", "application/json")
        .is(404, json("{'status': 'error', 'message': 'Page not found'}"));
  }
}
