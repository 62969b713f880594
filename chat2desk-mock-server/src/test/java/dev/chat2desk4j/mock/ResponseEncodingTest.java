package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.mock.state.Seed;
import dev.chat2desk4j.mock.state.SeedClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How answers go on the wire: their length, their type, and gzip only for clients that ask. */
class ResponseEncodingTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Chat2DeskMockServer server;

  @BeforeAll
  static void start() {
    Seed.Builder seed = Seed.builder();
    for (int i = 1; i <= 20; i++) {
      seed.client(SeedClient.of("Client number " + i, "7900555" + (1000 + i)));
    }
    server = Chat2DeskMockServer.builder().token(Fixtures.TOKEN, seed.build()).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void list_withoutAcceptEncoding_answersPlainJsonWithItsLength() throws Exception {
    HttpResponse<byte[]> response = get("/v1/clients?limit=20", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(response.headers().firstValueAsLong("Content-Length"))
        .hasValue(response.body().length);
    assertThat(Http.tree(text(response.body())).at("/data").size()).isEqualTo(20);
  }

  @Test
  void list_acceptingGzip_answersTheSameJsonCompressed() throws Exception {
    HttpResponse<byte[]> plain = get("/v1/clients?limit=20", null);
    HttpResponse<byte[]> compressed = get("/v1/clients?limit=20", "gzip");

    assertThat(compressed.statusCode()).isEqualTo(200);
    assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(compressed.body().length).isLessThan(plain.body().length);
    assertThat(text(gunzip(compressed.body()))).isEqualTo(text(plain.body()));
  }

  @Test
  void smallAnswer_acceptingGzip_staysPlain() throws Exception {
    HttpResponse<byte[]> response = get("/v1/clients?limit=1", "gzip");

    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(Http.tree(text(response.body())).at("/data/0/name").asText())
        .isEqualTo("Client number 1");
  }

  private static HttpResponse<byte[]> get(String pathAndQuery, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
            .header("Authorization", Fixtures.TOKEN);
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
