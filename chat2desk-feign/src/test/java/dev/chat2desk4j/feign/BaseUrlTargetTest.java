package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlTargetTest {

  private static RequestTemplate template(String path) {
    return new RequestTemplate()
        .method(Request.HttpMethod.GET)
        .uri(path)
        .query("limit", List.of("20"))
        .query("phone", List.of("%2B7900"))
        .resolve(Map.of());
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource({
    "http://127.0.0.1:8080, /v1/clients",
    "https://api.chat2desk.com, /v1/messages",
    "http://user:pw@proxy.local:81/chat2desk, /v1/transfers",
  })
  void apply_anyBaseUrl_buildsTheUrlFeignsOwnTargetBuilds(String baseUrl, String path) {
    Request ours = new BaseUrlTarget<>(Chat2DeskApi.class, baseUrl).apply(template(path));

    Request feigns =
        new Target.HardCodedTarget<>(Chat2DeskApi.class, baseUrl).apply(template(path));

    assertThat(ours.url()).isEqualTo(feigns.url());
    assertThat(ours.url()).startsWith(baseUrl + path + "?");
  }
}
