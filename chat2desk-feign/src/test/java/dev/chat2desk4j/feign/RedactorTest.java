package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  private static final String TOKEN = "Ab1/x\"y\\z";
  private final Redactor redactor = new Redactor(TOKEN);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ab1/x\"y\\z",
        "Ab1%2Fx%22y%5Cz",
        "Ab1%2fx%22y%5cz",
        "%41%62%31%2F%78%22%79%5C%7A",
        "Ab1\\/x\\\"y\\\\z",
        "\\u0041\\u0062\\u0031\\u002F\\u0078\\u0022\\u0079\\u005c\\u007a",
        "Ab1\\u002fx%22y\\\\z"
      })
  void redact_tokenInAnyEncoding_isMasked(String encoded) {
    assertThat(redactor.redact("before " + encoded + " after")).isEqualTo("before **** after");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ab1/x\"y", "ab1/x\"y\\z", "Ab1%2Gx\"y\\z", "Ab1\\x\"y\\z"})
  void redact_textThatIsNotTheToken_isLeftAlone(String text) {
    assertThat(redactor.redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "no secrets here"})
  void redact_textWithoutToken_isReturnedAsIs(String text) {
    assertThat(redactor.redact(text)).isSameAs(text);
  }
}
