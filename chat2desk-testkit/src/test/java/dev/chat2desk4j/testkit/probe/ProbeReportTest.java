package dev.chat2desk4j.testkit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProbeReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void compare_fakeFailingWhereTheRealApiAnswers_failsAndTheTokenIsMasked() throws Exception {
    ProbeReport report = new ProbeReport("secret-token-1");

    report.compare(
        "GET /v1/tags?limit=5",
        new RawApi.Answer(200, JSON.readTree("{\"data\": []}")),
        new RawApi.Answer(404, JSON.readTree("{\"status\": \"error\"}")));
    report.compare(
        "GET /v1/companies/api_info",
        new RawApi.Answer(200, JSON.readTree("{\"data\": {\"secret-token-1\": 1}}")),
        new RawApi.Answer(200, JSON.readTree("{\"data\": {}}")));
    report.compare(
        "GET /v1/templates?limit=5",
        new RawApi.Answer(403, JSON.readTree("{\"status\": \"error\"}")),
        new RawApi.Answer(200, JSON.readTree("{\"data\": []}")));

    assertThat(report.failures())
        .containsExactly(
            "GET /v1/tags?limit=5  the fake answers 404 where the real API answers 2xx");
    assertThat(report.text())
        .contains("GET /v1/templates?limit=5: real 403, fake 200")
        .contains("note  the real API answered 403; not compared")
        .contains("data.****: only in the real answer")
        .doesNotContain("secret-token-1");
  }
}
