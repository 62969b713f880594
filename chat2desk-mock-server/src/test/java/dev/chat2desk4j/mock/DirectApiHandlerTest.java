package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The direct path for plain reads answers exactly what the same request gets through Javalin. A
 * client that sends {@code Accept-Encoding: identity} takes the Javalin path without being
 * compressed, so the two answers can be compared byte for byte.
 */
class DirectApiHandlerTest extends FixtureServerTest {

  @ParameterizedTest(name = "{0} with token {1}")
  @CsvSource({
    "/v1/clients?limit=1, token-a",
    "/v1/clients/1, token-a",
    "/v1//clients/2/, token-a",
    "/v1/messages?client_id=1&limit=1&order=desc, token-a",
    "/v1/transfers, token-a",
    "/v1/clients?limit=abc, token-a",
    "/v1/clients/99, token-a",
    "/v1/nope, token-a",
    "/v1/clients, wrong-token",
    "/v1/clients, token-b",
    "/v1/clients,"
  })
  void plainRead_answersAndJournalsExactlyAsThroughJavalin(String target, String token)
      throws IOException {
    String direct = get(target, token, "");
    String throughJavalin = get(target, token, "Accept-Encoding: identity\r\n");

    assertThat(withoutDate(direct)).isEqualTo(withoutDate(throughJavalin));
    List<JournalEntry> journal = server.journal();
    assertThat(journal.get(journal.size() - 1)).isEqualTo(journal.get(journal.size() - 2));
  }

  @Test
  void plainRead_isOnlyABodylessGetOfAPlainApiPathWithoutCompressionOrFaults() {
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1/clients", -1, false, null, false)).isTrue();
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1//clients/1/", 0, false, " ", false))
        .isTrue();

    assertThat(DirectApiHandler.isPlainRead("POST", "/v1/messages", -1, false, null, false))
        .isFalse();
    assertThat(DirectApiHandler.isPlainRead("HEAD", "/v1/clients", -1, false, null, false))
        .isFalse();
    assertThat(DirectApiHandler.isPlainRead("get", "/v1/clients", -1, false, null, false))
        .isFalse();
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1/clients", 2, false, null, false)).isFalse();
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1/clients", -1, true, null, false)).isFalse();
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1/clients", -1, false, "gzip", false))
        .isFalse();
    assertThat(DirectApiHandler.isPlainRead("GET", "/v1/clients", -1, false, null, true)).isFalse();
    for (String path :
        Arrays.asList(
            "/__admin/journal",
            "/v1clients",
            "/v1/clients/%31",
            "/v1/../__admin",
            "/v2/clients",
            "/v1;x",
            "/",
            null)) {
      assertThat(DirectApiHandler.isPlainRead("GET", path, -1, false, null, false))
          .as(path)
          .isFalse();
    }
  }

  private String get(String target, String token, String extraHeaders) throws IOException {
    return Http.raw(
        server.port(),
        "GET "
            + target
            + " HTTP/1.1\r\nHost: x\r\n"
            + (token == null ? "" : "Authorization: " + token + "\r\n")
            + extraHeaders
            + "Connection: close\r\n\r\n");
  }

  private static String withoutDate(String response) {
    return response.replaceFirst("(?m)^Date: [^\r\n]*\r\n", "");
  }
}
