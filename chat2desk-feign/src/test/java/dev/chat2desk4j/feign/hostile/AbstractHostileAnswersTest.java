package dev.chat2desk4j.feign.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.AuthenticationException;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.RateLimitedException;
import dev.chat2desk4j.api.ServerException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The hostile-server suite, second half: answers that arrive whole but say something odd (error
 * envelopes with status 200, proxies' HTML pages, odd and missing fields, every form of {@code
 * Retry-After}, a token echoed back).
 */
abstract class AbstractHostileAnswersTest extends AbstractHostileTest {

  private static final String CLIENTS_WITHOUT_TOTAL =
      "{\"data\": [%s], \"meta\": {\"limit\": 200}, \"status\": \"success\"}";

  @Test
  void errorEnvelopeWithStatus200_listClients_isTheErrorItNames() {
    server.script(
        Scripts.answer(
            200, "{\"status\": \"error\", \"message\": \"Number of API requests exceeded\"}"));

    Chat2DeskException failure = fails(client::listClients);

    assertThat(failure)
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining(LIST_CLIENTS + " answered HTTP 200");
  }

  @Test
  void proxysHtmlErrorPage502_listClients_isServerErrorWithExcerpt() {
    server.script(
        Scripts.answerTyped(
            502, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"));

    Chat2DeskException failure = fails(client::listClients);

    assertThat(failure).isInstanceOf(ServerException.class).hasMessageContaining("HTTP 502");
    assertThat(failure.bodyExcerpt())
        .hasValueSatisfying(body -> assertThat(body).contains("502 Bad Gateway"));
  }

  @Test
  void htmlPageWithStatus200_listClients_isInvalidResponse() {
    server.script(
        Scripts.answerTyped(200, "text/html", "<html><body>Log in to Wi-Fi</body></html>"));

    assertInvalid(fails(client::listClients), 200, "the body is not JSON");
  }

  @Test
  void emptyObject_listClients_isInvalidResponse() {
    server.script(Scripts.answer(200, "{}"));

    assertInvalid(fails(client::listClients), 200, "the answer has no data array");
  }

  @Test
  void jsonNull_listClients_isInvalidResponse() {
    server.script(Scripts.answer(200, "null"));

    assertInvalid(fails(client::listClients), 200, "the body is JSON null");
  }

  @Test
  void dataNull_listClients_isInvalidResponse() {
    server.script(Scripts.answer(200, "{\"data\": null, \"status\": \"success\"}"));

    assertInvalid(fails(client::listClients), 200, "the answer has no data array");
  }

  @Test
  void emptyObject_sendMessage_isInvalidResponseThatMayHaveBeenDelivered() {
    server.script(Scripts.answer(200, "{}"));

    assertInvalid(fails(() -> client.sendMessage(42, "hi")), 200, "the answer has no data object");
  }

  @Test
  void jsonNull_sendMessage_isInvalidResponseThatMayHaveBeenDelivered() {
    server.script(Scripts.answer(200, "null"));

    assertInvalid(fails(() -> client.sendMessage(42, "hi")), 200, "the body is JSON null");
  }

  @Test
  void sendAnswerWithoutMessageId_sendMessage_isInvalidResponse() {
    server.script(Scripts.answer(200, "{\"data\": {\"client_id\": 42}, \"status\": \"success\"}"));

    assertInvalid(fails(() -> client.sendMessage(42, "hi")), 200, "data.message_id");
  }

  @Test
  void idsAsStrings_listClients_areRead() {
    server.script(
        Scripts.answer(
            200,
            "{\"data\": [{\"id\": \"7\", \"region_id\": \"3\"}], \"meta\": {\"total\": \"1\"},"
                + " \"status\": \"success\"}"));

    Page<Client> page = succeeds(client::listClients);

    assertThat(page.items()).extracting(Client::id).containsExactly(7L);
    assertThat(page.items().get(0).regionId()).isEqualTo(3L);
    assertThat(page.total()).hasValue(1);
  }

  @Test
  void noMetaTotal_allClients_pagesUntilTheShortPage() {
    server.route(
        request ->
            Scripts.answer(
                200,
                String.format(
                    CLIENTS_WITHOUT_TOTAL,
                    clients(request.target().contains("offset=0") ? 200 : 50))));

    long count = succeeds(() -> client.allClients().count());

    assertThat(count).isEqualTo(250);
    assertThat(server.received())
        .extracting(ReceivedRequest::target)
        .containsExactly("/v1/clients?limit=200&offset=0", "/v1/clients?limit=200&offset=200");
  }

  @Test
  void retryAfterSeconds_isReported() {
    assertThat(rateLimitedWith("3")).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterDecimalSeconds_isReported() {
    assertThat(rateLimitedWith("1.5")).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterFutureHttpDate_isTheTimeUntilThen() {
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));

    assertThat(rateLimitedWith(inAMinute))
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
  }

  @Test
  void retryAfterPastHttpDate_isZero() {
    assertThat(rateLimitedWith("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
  }

  @Test
  void retryAfterGarbage_isAbsentButTheErrorStays() {
    assertThat(rateLimitedWith("soon-ish")).isNull();
  }

  @Test
  void retryAfterTooLargeToRepresent_isAbsentButTheErrorStays() {
    assertThat(rateLimitedWith("99999999999999999999")).isNull();
  }

  @Test
  void retryAfterHuge_isReportedAsIs() {
    assertThat(rateLimitedWith("31536000000")).isEqualTo(Duration.ofSeconds(31_536_000_000L));
  }

  @Test
  void tokenEchoedInEveryEncoding_authenticationError_showsItNowhere() {
    String echoed =
        "{\"status\": \"error\", \"message\": \"You need to auth: hostile\\/t0k3n\\\"9f+a1c\","
            + " \"errors\": {\"token\": [\"hostile%2Ft0k3n%229f%2Ba1c\", \"hostile\\u002ft0k3n\\u00229f\\u002ba1c\"]},"
            + " \"raw\": \"hostile/t0k3n\\\"9f+a1c\"}";
    server.script(Scripts.answer(401, echoed));

    Chat2DeskException failure = fails(client::listClients);

    assertThat(failure).isInstanceOf(AuthenticationException.class);
    assertThat(failure.serverMessage()).hasValue("You need to auth: ****");
    assertThat(failure.bodyExcerpt().orElseThrow()).contains("****").doesNotContain("t0k3n\\\"9f");
  }

  /** The wait a 429 with this {@code Retry-After} reports, or null when it reports none. */
  private Duration rateLimitedWith(String retryAfter) {
    server.script(
        Scripts.answer(
            429,
            "{\"status\": \"error\", \"message\": \"Number of API requests exceeded\"}",
            "Retry-After: " + retryAfter));

    Chat2DeskException failure = fails(client::listClients);

    assertThat(failure).isInstanceOf(RateLimitedException.class).hasMessageContaining("HTTP 429");
    assertThat(server.received()).hasSize(1);
    return failure.retryAfter().orElse(null);
  }

  private static String clients(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(id -> "{\"id\": " + id + "}")
        .collect(Collectors.joining(","));
  }
}
