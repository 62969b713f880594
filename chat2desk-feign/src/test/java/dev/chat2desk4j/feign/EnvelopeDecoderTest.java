package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.chat2desk4j.api.Chat2DeskException;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class EnvelopeDecoderTest {

  private static final Type CLIENTS =
      new TypeReference<Wire.ListOf<Wire.ClientJson>>() {}.getType();

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
          new ErrorMapping(WireJson.MAPPER, new Redactor("token"), Clock.systemUTC()));

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

  @Test
  void decode_emptyBody_failsAsUnreadable() {
    Response answer = answer(" ");

    assertThatThrownBy(() -> decoder.decode(answer, CLIENTS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty answer body");
  }

  @Test
  void decode_brokenJson_failsAsUnreadable() {
    Response answer = answer("{\"data\": [{\"id\": 1,");

    assertThatThrownBy(() -> decoder.decode(answer, CLIENTS)).isInstanceOf(IOException.class);
  }

  @Test
  void decode_jsonNull_isNoAnswer() throws IOException {
    assertThat(decoder.decode(answer("null"), CLIENTS)).isNull();
  }
}
