package dev.chat2desk4j.testkit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonShape.Difference> compare(String real, String fake) throws Exception {
    return JsonShape.compare(JsonShape.of(JSON.readTree(real)), JsonShape.of(JSON.readTree(fake)));
  }

  @Test
  void sameShapeOtherValues_noDifference() throws Exception {
    assertThat(
            compare(
                "{\"data\": [{\"id\": 1, \"name\": \"Anna\", \"tags\": [3]}], \"status\": \"ok\"}",
                "{\"data\": [{\"id\": 9, \"name\": \"Egor\", \"tags\": []}], \"status\": \"x\"}"))
        .isEmpty();
  }

  @Test
  void arrayItems_areMergedBeforeComparing() throws Exception {
    assertThat(
            compare(
                "{\"data\": [{\"id\": 1}, {\"phone\": \"7900\"}]}",
                "{\"data\": [{\"id\": 2, \"phone\": null}, {\"phone\": \"7911\"}]}"))
        .isEmpty();
  }

  @Test
  void nullOnOneSide_saysNothingAboutTheKind() throws Exception {
    assertThat(compare("{\"data\": {\"end\": null}}", "{\"data\": {\"end\": \"2026\"}}")).isEmpty();
  }

  @Test
  void objectWhereTheRealApiHasAnArray_fails() throws Exception {
    assertThat(
            compare(
                "{\"data\": [{\"channels\": [{\"id\": 1}]}]}",
                "{\"data\": [{\"channels\": {\"id\": 1}}]}"))
        .containsExactly(
            new JsonShape.Difference("data[].channels", "real [array], fake [object]", true));
  }

  @Test
  void textWhereTheRealApiHasAnObject_fails() throws Exception {
    assertThat(
            compare(
                "{\"data\": {\"last_message\": {\"id\": 1}}}",
                "{\"data\": {\"last_message\": \"hi\"}}"))
        .singleElement()
        .satisfies(difference -> assertThat(difference.failing()).isTrue());
  }

  @Test
  void numberWhereTheOtherHasText_isOnlyNoted() throws Exception {
    assertThat(compare("{\"data\": {\"id\": \"42\"}}", "{\"data\": {\"id\": 42}}"))
        .containsExactly(
            new JsonShape.Difference("data.id", "real [string], fake [number]", false));
  }

  @Test
  void emptyArrayWhereTheOtherHasAnObject_isOnlyNoted() throws Exception {
    assertThat(
            compare(
                "{\"data\": {\"custom_fields\": []}}",
                "{\"data\": {\"custom_fields\": {\"city\": \"Kazan\"}}}"))
        .singleElement()
        .satisfies(difference -> assertThat(difference.failing()).isFalse());
  }

  @Test
  void fieldsOnOneSideOnly_areOnlyNoted() throws Exception {
    assertThat(
            compare(
                "{\"data\": {\"id\": 1, \"ai_tips\": \"x\"}}",
                "{\"data\": {\"id\": 1, \"client_phone\": null}}"))
        .containsExactly(
            new JsonShape.Difference("data.ai_tips", "only in the real answer ([string])", false),
            new JsonShape.Difference("data.client_phone", "only in the fake's answer ([])", false));
  }

  @Test
  void envelopePartOnOneSideOnly_fails() throws Exception {
    assertThat(
            compare(
                "{\"data\": [], \"meta\": {\"total\": 0}, \"status\": \"success\"}",
                "{\"data\": [], \"status\": \"success\", \"extra\": 1}"))
        .containsExactly(
            new JsonShape.Difference("extra", "only in the fake's answer ([number])", false),
            new JsonShape.Difference("meta", "only in the real answer ([object])", true));
  }
}
