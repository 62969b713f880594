package dev.chat2desk4j.testkit.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import dev.chat2desk4j.mock.state.Seed;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fake honest: asks the real Chat2Desk API and the fake (with its demo seed) the same
 * bounded list of reads, compares each pair of answers' field names and JSON types, prints what
 * differs, and fails on differences of required structure (see {@link JsonShape#compare}) and on a
 * read the real API answers but the fake does not. A read the real API refuses (its API level, a
 * record it lacks) is reported, not compared.
 *
 * <p>It runs only with {@code CHAT2DESK_TOKEN} set and is skipped otherwise. {@code
 * CHAT2DESK_BASE_URL} chooses another host (default the real one); {@code CHAT2DESK_CLIENT_ID}
 * names the real client to read. It writes nothing unless {@code CHAT2DESK_PROBE_WRITES=true}, and
 * then sends one message, to that client only. The token is never printed.
 */
class RealApiProbeTest {

  private static final String FAKE_TOKEN = "probe-demo-token";
  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

  /**
   * The reads, in order; a slot such as {@code {client}} takes the id that the read named in {@code
   * captures} found first (the real client is {@code CHAT2DESK_CLIENT_ID} when set). Not here:
   * {@code GET /v1/transfers}, ours (the real endpoint is not public).
   */
  private static final List<Read> READS =
      Stream.concat(
              Stream.of(
                  read("/v1/companies/api_info", null),
                  read("/v1/clients?limit=5", "client"),
                  read("/v1/clients/{client}", null),
                  read("/v1/clients/{client}/transport", null),
                  read("/v1/clients/{client}/dialogs?limit=5", null),
                  read("/v1/clients/{client}/last_question", null),
                  read("/v1/messages?limit=5", null),
                  read("/v1/messages?client_id={client}&limit=5", "message"),
                  read("/v1/messages/{message}", null),
                  read("/v1/dialogs?limit=5", "dialog"),
                  read("/v1/dialogs/{dialog}", null),
                  read("/v1/dialogs/unanswered?limit=5", null),
                  read("/v1/operators?limit=5", null),
                  read("/v1/operators_groups", null),
                  read("/v1/channels?limit=5", "channel"),
                  read("/v1/channels/{channel}", null),
                  read("/v1/tags?limit=5", "tag"),
                  read("/v1/tags/{tag}", null),
                  read("/v1/templates?limit=5", "template"),
                  read("/v1/templates/{template}", null),
                  read("/v1/webhooks", null)),
              Stream.of(HelpList.values()).map(list -> read("/v1/help/" + list.wireValue(), null)))
          .toList();

  /** The one write, made only when asked, to {@code CHAT2DESK_CLIENT_ID} only. */
  private static final Read SEND =
      new Read(
          "POST",
          "/v1/messages",
          "{\"client_id\": {client}, \"text\": \"chat2desk4j probe\"}",
          null);

  /** A call of the probe; {@code captures} names the id its first item holds, or is null. */
  record Read(String method, String path, String body, String captures) {}

  private static Read read(String path, String captures) {
    return new Read("GET", path, null, captures);
  }

  /** One API and the ids its answers gave so far. */
  private record Side(String name, RawApi api, Map<String, Long> ids) {}

  @Test
  void realApi_answersHaveTheShapeOfTheFakesAnswers() {
    String token = System.getenv("CHAT2DESK_TOKEN");
    assumeTrue(
        token != null && !token.isBlank(),
        "CHAT2DESK_TOKEN is not set: the probe reads a real account and runs only with its token");
    URI baseUrl = URI.create(env("CHAT2DESK_BASE_URL", FeignChat2Desk.DEFAULT_BASE_URL.toString()));
    Long clientId = clientId(System.getenv("CHAT2DESK_CLIENT_ID"));
    boolean writes = "true".equalsIgnoreCase(System.getenv("CHAT2DESK_PROBE_WRITES"));
    assertThat(!writes || clientId != null)
        .as("CHAT2DESK_PROBE_WRITES=true writes only to CHAT2DESK_CLIENT_ID, which is not set")
        .isTrue();
    ProbeReport report = new ProbeReport(token);

    try (Chat2DeskMockServer fake =
        Chat2DeskMockServer.builder().token(FAKE_TOKEN, Seed.demo()).build().start()) {
      Side real = new Side("real", new RawApi(baseUrl, token, pacing()), new HashMap<>());
      Side demo = new Side("fake", new RawApi(fake.baseUrl(), FAKE_TOKEN, null), new HashMap<>());
      if (clientId != null) {
        real.ids().put("client", clientId);
      }
      READS.forEach(read -> probe(read, real, demo, report));
      if (writes) {
        probe(SEND, real, demo, report);
      }
    }

    System.out.println(report.text());
    assertThat(report.failures()).as(report.text()).isEmpty();
  }

  private static void probe(Read read, Side real, Side fake, ProbeReport report) {
    String call = read.method() + " " + read.path();
    String realPath = resolve(read.path(), real);
    String fakePath = resolve(read.path(), fake);
    if (realPath == null) {
      report.note(call, "not asked: the real account has no " + missing(read.path(), real));
      return;
    }
    if (fakePath == null) {
      report.fail(call, "the demo seed has no " + missing(read.path(), fake));
      return;
    }
    RawApi.Answer fromReal = call(real, read, realPath);
    RawApi.Answer fromFake = call(fake, read, fakePath);
    capture(read, real, fromReal);
    capture(read, fake, fromFake);
    report.compare(call, fromReal, fromFake);
  }

  private static RawApi.Answer call(Side side, Read read, String path) {
    return read.body() == null
        ? side.api().get(path)
        : side.api().post(path, resolve(read.body(), side));
  }

  /** The path with each slot filled from the side's ids, or null when one is not known. */
  private static String resolve(String template, Side side) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder resolved = new StringBuilder();
    while (slot.find()) {
      Long id = side.ids().get(slot.group(1));
      if (id == null) {
        return null;
      }
      slot.appendReplacement(resolved, Long.toString(id));
    }
    return slot.appendTail(resolved).toString();
  }

  private static String missing(String template, Side side) {
    Matcher slot = SLOT.matcher(template);
    while (slot.find()) {
      if (!side.ids().containsKey(slot.group(1))) {
        return slot.group(1);
      }
    }
    return "?";
  }

  /** Keeps the id of the answer's first item (or of its one object) for later reads. */
  private static void capture(Read read, Side side, RawApi.Answer answer) {
    if (read.captures() == null || !answer.ok() || side.ids().containsKey(read.captures())) {
      return;
    }
    JsonNode data = answer.json().path("data");
    JsonNode first = data.isArray() ? data.path(0) : data;
    JsonNode id = first.path("id");
    if (id.canConvertToLong() || id.asText().matches("\\d{1,18}")) {
      side.ids().put(read.captures(), id.asLong());
    }
  }

  /** At most four calls a second to the real API, well within any plan's limit. */
  private static RateLimiter pacing() {
    return RateLimiter.of(
        "real-api-probe",
        RateLimiterConfig.custom()
            .limitForPeriod(4)
            .limitRefreshPeriod(Duration.ofSeconds(1))
            .timeoutDuration(Duration.ofSeconds(30))
            .build());
  }

  private static Long clientId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.trim().matches("[1-9][0-9]{0,17}")) {
      throw new IllegalArgumentException("CHAT2DESK_CLIENT_ID must be a client's id, digits only");
    }
    return Long.parseLong(value.trim());
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value.trim();
  }
}
