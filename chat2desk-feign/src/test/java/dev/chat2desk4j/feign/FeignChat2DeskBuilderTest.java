package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
