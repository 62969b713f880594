package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeignChat2DeskBuilderTest {

  private static final String TOKEN = "tok-8f2a9c";

  @Test
  void build_noToken_isRejected() {
    assertThatThrownBy(() -> FeignChat2Desk.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
  }

  @Test
  void setters_invalidValues_areRejectedAtOnce() {
    FeignChat2Desk.Builder builder = FeignChat2Desk.builder();

    assertThatThrownBy(() -> builder.token(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.baseUrl(URI.create("ftp://host")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.baseUrl(URI.create("http://host/?a=1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
    assertThatThrownBy(
            () -> builder.proxy(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("h", 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> tokensHeadersCannotCarry() {
    return Stream.of(
        Arguments.of("tok\nen-8f2a9c", "a line break at position 3"),
        Arguments.of("tok\ren-8f2a9c", "a line break at position 3"),
        Arguments.of("tok en-8f2a9c", "a space at position 3"),
        Arguments.of("tok\u00a0en-8f2a9c", "a space at position 3"),
        Arguments.of("tok\ten-8f2a9c", "a control character at position 3"),
        Arguments.of("tok" + (char) 0 + "en-8f2a9c", "a control character at position 3"),
        Arguments.of("tok" + (char) 0x7f + "en-8f2a9c", "a control character at position 3"),
        Arguments.of("tok\u00e9en-8f2a9c", "a non-ASCII character at position 3"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("tokensHeadersCannotCarry")
  void token_characterAHeaderCannotCarry_isRejectedWithoutEchoingTheToken(
      String token, String problem) {
    try (FeignChat2Desk client = FeignChat2Desk.builder().token(TOKEN).build()) {

      assertThatThrownBy(() -> FeignChat2Desk.builder().token(token))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "token must be visible ASCII characters only but has "
                  + problem
                  + " (counted from 0)")
          .hasMessageNotContaining("8f2a9c");
      assertThatThrownBy(() -> client.withToken(token))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(problem)
          .hasMessageNotContaining("8f2a9c");
    }
  }

  @Test
  void token_everyVisibleAsciiCharacter_isAccepted() {
    StringBuilder all = new StringBuilder();
    for (char c = 0x21; c <= 0x7e; c++) {
      all.append(c);
    }

    assertThat(FeignChat2Desk.builder().token(all.toString())).isNotNull();
  }

  @Test
  void maxResponseSize_outOfRange_isRejected() {
    FeignChat2Desk.Builder builder = FeignChat2Desk.builder();

    assertThatThrownBy(() -> builder.maxResponseSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxResponseSize");
    assertThatThrownBy(() -> builder.maxResponseSize(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FeignChat2Desk.DEFAULT_MAX_RESPONSE_SIZE).isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void toString_showsBaseUrlAndClientButNeverToken() {
    try (FeignChat2Desk client = FeignChat2Desk.builder().token(TOKEN).build()) {

      assertThat(client.toString())
          .contains(FeignChat2Desk.DEFAULT_BASE_URL.toString())
          .contains("jdk")
          .doesNotContain(TOKEN);
      assertThat(client.withToken("other-secret").toString()).doesNotContain("other-secret");
    }
  }

  @Test
  void baseUrl_trailingSlash_isDropped() {
    try (FeignChat2Desk client =
        FeignChat2Desk.builder().token(TOKEN).baseUrl(URI.create("http://127.0.0.1:9/")).build()) {

      assertThat(client.toString()).contains("baseUrl=http://127.0.0.1:9,");
    }
  }

  @Test
  void baseUrl_asText_isAcceptedLikeTheUri() {
    try (FeignChat2Desk client =
        FeignChat2Desk.builder().token(TOKEN).baseUrl(" http://127.0.0.1:9/ ").build()) {

      assertThat(client.toString()).contains("baseUrl=http://127.0.0.1:9,");
    }
  }

  @Test
  void baseUrl_malformedText_isRejectedSayingWhere() {
    FeignChat2Desk.Builder builder = FeignChat2Desk.builder();

    assertThatThrownBy(() -> builder.baseUrl("http://127.0.0.1:9/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl is not a URL: ")
        .hasMessageContaining("at index 20");
    assertThatThrownBy(() -> builder.baseUrl("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> builder.baseUrl((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void defaultUserAgent_namesLibraryAndVersion() {
    assertThat(FeignChat2Desk.DEFAULT_USER_AGENT).startsWith("chat2desk4j/0.").contains("Java");
  }

  @Test
  void build_calledTwice_buildsSeparateHttpClients() {
    FeignChat2Desk.Builder builder = FeignChat2Desk.builder().token(TOKEN);

    try (FeignChat2Desk first = builder.build();
        FeignChat2Desk second = builder.build()) {

      assertThat(first.transport().client()).isNotSameAs(second.transport().client());
    }
  }

  @Test
  void withToken_sharesTheHttpClient() {
    try (FeignChat2Desk client =
        FeignChat2Desk.builder().token(TOKEN).httpClient(HttpClientChoice.okHttp()).build()) {

      FeignChat2Desk view = client.withToken("another-token");

      assertThat(view.transport()).isSameAs(client.transport());
      assertThat(view.transport().client()).isSameAs(client.transport().client());
    }
  }

  @Test
  void close_ownerClosed_viewsFailFast() {
    FeignChat2Desk client = FeignChat2Desk.builder().token(TOKEN).build();
    FeignChat2Desk view = client.withToken("another-token");

    client.close();

    assertThatThrownBy(view::listClients)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void close_callerOwnedClient_isLeftOpen() {
    okhttp3.OkHttpClient okHttp = new okhttp3.OkHttpClient();
    FeignChat2Desk client =
        FeignChat2Desk.builder()
            .token(TOKEN)
            .httpClient(new feign.okhttp.OkHttpClient(okHttp))
            .build();

    client.close();

    assertThat(okHttp.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(client.toString()).contains("httpClient=custom");
    okHttp.dispatcher().executorService().shutdown();
  }

  @Test
  void httpClientChoice_optionalClientsOnClassPath_areAvailable() {
    assertThat(HttpClientChoice.jdk().name()).isEqualTo("jdk");
    assertThat(HttpClientChoice.okHttp().name()).isEqualTo("okhttp");
    assertThat(HttpClientChoice.apacheHc5().name()).isEqualTo("apache-hc5");
  }
}
