package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.mock.journal.RequestCount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's per-account limit per second of its clock, and the counts it exposes. */
class RateLimitTest {

  private static final Instant SECOND = Fixtures.NOW;

  private final SteppingClock clock = new SteppingClock();
  private Chat2DeskMockServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void rateLimit_offByDefault_everyRequestOfASecondIsAnswered() {
    Http api = start(Chat2DeskMockServer.builder());

    IntStream.range(0, 30).forEach(i -> assertThat(api.get("/v1/clients").status()).isEqualTo(200));

    assertThat(server.requestCounts())
        .containsExactly(new RequestCount("account-1", SECOND, 30, 0));
  }

  @Test
  void rateLimit_requestOverTheLimitOfItsSecond_answers429WithRetryAfterAndTheEnvelope() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(3));
    IntStream.range(0, 3).forEach(i -> assertThat(api.get("/v1/clients").status()).isEqualTo(200));

    Http.Response over = api.get("/v1/clients");

    over.is(429, json("{'status': 'error', 'message': 'Number of API requests exceeded'}"));
    assertThat(over.raw().headers().firstValue("Retry-After")).hasValue("1");
    assertThat(server.requestCounts()).containsExactly(new RequestCount("account-1", SECOND, 4, 1));
  }

  @Test
  void rateLimit_nextSecond_admitsTheAccountAgain() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(1));
    api.get("/v1/clients");
    assertThat(api.get("/v1/clients").status()).isEqualTo(429);

    clock.step(Duration.ofSeconds(1));

    assertThat(api.get("/v1/clients").status()).isEqualTo(200);
    assertThat(server.requestCounts())
        .containsExactly(
            new RequestCount("account-1", SECOND, 2, 1),
            new RequestCount("account-1", SECOND.plusSeconds(1), 1, 0));
  }

  @Test
  void rateLimit_isPerAccount_oneAccountOverItLeavesAnotherAnswered() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(1));
    api.get("/v1/clients");
    assertThat(api.get("/v1/clients").status()).isEqualTo(429);

    assertThat(api.as(Fixtures.OTHER_TOKEN).get("/v1/clients").status()).isEqualTo(200);
    assertThat(server.requestCounts())
        .extracting(RequestCount::account)
        .containsExactly("account-1", "account-2");
  }

  @Test
  void rateLimit_setWhileRunning_appliesToTheNextRequests() {
    Http api = start(Chat2DeskMockServer.builder());
    api.get("/v1/clients");

    server.rateLimitPerSecond(1);

    assertThat(api.get("/v1/clients").status()).isEqualTo(429);
  }

  @Test
  void rateLimit_outOfRange_isRefusedByTheBuilder() {
    assertThatThrownBy(() -> Chat2DeskMockServer.builder().rateLimitPerSecond(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perSecond must be from 0 (no limit) to 1000000 but was -1");
  }

  @Test
  void requestCounts_reset_forgetsThemAndKeepsTheLimit() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(1));
    api.get("/v1/clients");

    server.reset();

    assertThat(server.requestCounts()).isEmpty();
    api.get("/v1/clients");
    assertThat(api.get("/v1/clients").status()).isEqualTo(429);
  }

  @Test
  void adminRateLimit_put_setsTheLimitAndAnswersIt() {
    Http api = start(Chat2DeskMockServer.builder());
    Http admin = Http.admin(server.baseUrl(), "1");

    admin
        .put("/__admin/rate-limit", json("{'per_second': 2}"))
        .is(200, json("{'data': {'per_second': 2}, 'status': 'success'}"));

    admin
        .get("/__admin/rate-limit")
        .is(200, json("{'data': {'per_second': 2}, 'status': 'success'}"));
    IntStream.range(0, 2).forEach(i -> api.get("/v1/clients"));
    assertThat(api.get("/v1/clients").status()).isEqualTo(429);
  }

  @Test
  void adminRateLimit_notAnIntegerInRange_answers422NamingTheField() {
    start(Chat2DeskMockServer.builder().rateLimitPerSecond(5));
    Http admin = Http.admin(server.baseUrl(), "1");

    admin
        .post("/__admin/rate-limit", json("{'per_second': 2.5}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed', 'errors': {'per_second':"
                    + " ['must be an integer from 0 (no limit) to 1000000']}}"));
    assertThat(server.requestCounts()).isEmpty();
    admin
        .get("/__admin/rate-limit")
        .is(200, json("{'data': {'per_second': 5}, 'status': 'success'}"));
  }

  @Test
  void adminRateLimit_formPostWithoutAdminHeader_answers415AndChangesNothing() {
    start(Chat2DeskMockServer.builder());

    Http.Response refused =
        new Http(server.baseUrl(), null)
            .send(
                "POST", "/__admin/rate-limit", "per_second=1", "application/x-www-form-urlencoded");

    assertThat(refused.status()).isEqualTo(415);
    Http.admin(server.baseUrl(), "1")
        .get("/__admin/rate-limit")
        .is(200, json("{'data': {'per_second': 0}, 'status': 'success'}"));
  }

  @Test
  void adminRequestCounts_listsEachAccountsSecondsWithTheLimit() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(1));
    api.get("/v1/clients");
    api.get("/v1/clients");
    api.as(Fixtures.OTHER_TOKEN).get("/v1/clients");

    Http.admin(server.baseUrl(), "1")
        .get("/__admin/request-counts")
        .is(
            200,
            json(
                "{'data': [{'account': 'account-1', 'second': '2026-11-24T10:15:00Z',"
                    + " 'requests': 2, 'limited': 1}, {'account': 'account-2', 'second':"
                    + " '2026-11-24T10:15:00Z', 'requests': 1, 'limited': 0}],"
                    + " 'meta': {'rate_limit_per_second': 1}, 'status': 'success'}"));
  }

  @Test
  void rateLimit_requestRefusedForTheRate_doesNotSpendTheMonthlyQuota() {
    Http api = start(Chat2DeskMockServer.builder().rateLimitPerSecond(1));
    server.state().account(Fixtures.TOKEN).reference().usage().set(2L, 0);
    assertThat(api.get("/v1/clients").status()).isEqualTo(200);

    assertThat(api.get("/v1/clients").status()).isEqualTo(429);
    clock.step(Duration.ofSeconds(1));

    assertThat(api.get("/v1/clients").status()).isEqualTo(200);
    assertThat(server.state().account(Fixtures.TOKEN).reference().usage().requestsThisMonth())
        .isEqualTo(2);
  }

  private Http start(Chat2DeskMockServer.Builder builder) {
    server =
        builder
            .token(Fixtures.TOKEN, Fixtures.seed())
            .token(Fixtures.OTHER_TOKEN)
            .clock(clock)
            .build()
            .start();
    return new Http(server.baseUrl(), Fixtures.TOKEN);
  }

  /** A clock that stands still until a test moves it. */
  private static final class SteppingClock extends Clock {
    private volatile Instant now = SECOND;

    void step(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
