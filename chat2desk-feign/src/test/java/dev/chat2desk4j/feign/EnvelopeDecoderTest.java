package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.Operation;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeDecoderTest {

  private static final String TOKEN = "s3cr3t/t0k\"en";

  private static final Type CLIENTS =
      new TypeReference<Wire.ListOf<Wire.ClientJson>>() {}.getType();

  private static final Type SENT = new TypeReference<Wire.Item<Wire.Sent>>() {}.getType();

  private static final String TWO_CLIENTS =
      """
      {"extra": {"nested": [1, {"deep": true}]}, "data": [
        {"unknown_first": [{"a": 1}], "id": 1, "name": "Anna", "phone": "79000000001",
         "tags": [3, {"id": 4}], "extra_comment_1": null},
        {"id": "2", "name": "Boris", "custom": {"x": [1, 2]}, "region_id": 5}],
       "meta": {"total": 2, "limit": 20, "offset": 0, "pages": 1}, "status": "success"}
      """;

  private final EnvelopeDecoder decoder =
      new EnvelopeDecoder(
          WireJson.MAPPER,
          new ErrorMapping(WireJson.MAPPER, new Redactor(TOKEN), Clock.systemUTC()),
          FeignChat2Desk.DEFAULT_MAX_RESPONSE_SIZE);

  private static Response answer(String body) {
    return CannedResponses.answer(200)
        .body(new AnswerBody(body.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  private static Response streamedAnswer(String body) {
    return CannedResponses.answer(200)
        .body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), null)
        .build();
  }

  @Test
  void decode_unknownFieldsOfAnyShape_areSkipped() throws IOException {
    Object decoded = decoder.decode(answer(TWO_CLIENTS), CLIENTS);

    Wire.ListOf<?> list = (Wire.ListOf<?>) decoded;
    assertThat(list.status()).isEqualTo("success");
    assertThat(list.meta()).isEqualTo(new Wire.Meta(2L, 20L, 0L));
    assertThat(list.data())
        .extracting(item -> ((Wire.ClientJson) item).id())
        .containsExactly(1L, 2L);
    assertThat(WireMapping.client((Wire.ClientJson) list.data().get(0)).tagIds())
        .containsExactly(3L, 4L);
    assertThat(((Wire.ClientJson) list.data().get(1)).regionId()).isEqualTo(5L);
  }

  @Test
  void decode_streamedBody_decodesLikeABodyReadWhole() throws IOException {
    Object whole = decoder.decode(answer(TWO_CLIENTS), CLIENTS);

    Object streamed = decoder.decode(streamedAnswer(TWO_CLIENTS), CLIENTS);

    assertThat(streamed).isEqualTo(whole);
  }

  @Test
  void decode_errorEnvelopeWithDataOfAnotherShape_throwsMappedException() {
    Response answer =
        answer("{\"status\": \"error\", \"data\": \"none\", \"message\": \"Client not found\"}");

    assertThatThrownBy(() -> decoder.decode(answer, CLIENTS))
        .isInstanceOf(Chat2DeskException.class)
        .hasMessageContaining("HTTP 200")
        .hasMessageContaining("Client not found");
  }

  @Test
  void decode_errorStatusInAnyCase_throwsMappedException() {
    Response answer = answer("{\"status\": \"ERROR\", \"data\": [], \"message\": \"Bad key\"}");

    assertThatThrownBy(() -> decoder.decode(answer, CLIENTS))
        .isInstanceOf(Chat2DeskException.class)
        .hasMessageContaining("Bad key");
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "' '                                     | the body is empty",
        "'{\"data\": [{\"id\": 1,'             | the body is not JSON",
        "<html><body>502 Bad Gateway</body></html> | the body is not JSON",
        "null                                    | the body is JSON null",
        "[1, 2]                                  | the body is not a JSON object",
        "'{}'                                    | the answer has no data array",
        "'{\"data\": null, \"status\": \"success\"}' | the answer has no data array",
        "'{\"data\": \"text\", \"meta\": {}}'     | the body does not have the answer's shape"
      })
  void decode_unusable2xxList_isInvalidResponseWithStatusAndExcerpt(String body, String problem) {
    assertThatThrownBy(() -> decoder.decode(answer(body), CLIENTS))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.mayHaveBeenDelivered()).isTrue();
              assertThat(e.operation()).isEqualTo(Operation.LIST_CLIENTS);
            })
        .hasMessageContaining("GET /v1/clients?limit=20&offset=0 answered HTTP 200")
        .hasMessageContaining(problem);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'{}'                                             | data object",
        "null                                             | JSON null",
        "'{\"data\": null}'                               | data object",
        "'{\"data\": {}, \"status\": \"success\"}'        | data.message_id",
        "'{\"data\": {\"client_id\": 4}, \"status\": \"success\"}' | data.message_id"
      })
  void decode_sendAnswerWithoutMessageId_isInvalidResponseNotSuccess(String body, String problem) {
    assertThatThrownBy(() -> decoder.decode(answer(body), SENT))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void decode_sendAnswerWithMessageIdAsString_isASuccess() throws IOException {
    Object decoded =
        decoder.decode(
            answer("{\"data\": {\"message_id\": \"9001\"}, \"status\": \"success\"}"), SENT);

    assertThat(((Wire.Item<?>) decoded).data())
        .isEqualTo(new Wire.Sent(9001L, null, null, null, null, null, null, null));
  }

  @Test
  void decode_unreadableBodyEchoingTheToken_excerptMasksItInEveryEncoding() {
    String body =
        "<p>bad token "
            + TOKEN
            + " / "
            + "s3cr3t%2Ft0k%22en"
            + " / "
            + "s3cr3t\\/t0k\\\"en"
            + " / "
            + "s3cr3t\\u002ft0k\\u0022en</p>";

    assertThatThrownBy(() -> decoder.decode(answer(body), CLIENTS))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e ->
                assertThat(e.bodyExcerpt().orElseThrow())
                    .isEqualTo("<p>bad token **** / **** / **** / ****</p>"));
  }
}
