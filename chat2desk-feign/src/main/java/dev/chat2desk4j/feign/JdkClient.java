package dev.chat2desk4j.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Feign client on the JDK's {@link HttpClient} that reads each answer whole into a byte array.
 *
 * <p>Feign's own {@code Http2Client} hands the body over as an {@code InputStream} that the JDK
 * client feeds from its selector thread, chunk by chunk. The API answers small JSON pages, so
 * reading them whole is simpler, costs no memory worth counting, and spares the {@code
 * feign-java11} dependency. It sends exactly the request it is given: no redirects, no retries, no
 * compression.
 */
final class JdkClient implements Client {

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;

  JdkClient(HttpClient http) {
    this.http = http;
  }

  /** The JDK client underneath, so tests can check how the transport built it. */
  HttpClient http() {
    return http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(request.url()))
            .timeout(Duration.ofMillis(options.readTimeoutMillis()))
            .method(request.httpMethod().name(), body(request));
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    HttpResponse<byte[]> answer;
    try {
      answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for " + request.httpMethod(), e);
    }
    return Response.builder()
        .request(request)
        .protocolVersion(
            answer.version() == HttpClient.Version.HTTP_2
                ? Request.ProtocolVersion.HTTP_2
                : Request.ProtocolVersion.HTTP_1_1)
        .status(answer.statusCode())
        .headers(headers(answer))
        .body(answer.body() == null ? null : new AnswerBody(answer.body()))
        .build();
  }

  private static HttpRequest.BodyPublisher body(Request request) {
    byte[] body = request.body();
    return body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body);
  }

  private static Map<String, Collection<String>> headers(HttpResponse<?> answer) {
    Map<String, List<String>> all = answer.headers().map();
    // HTTP/2 pseudo-headers such as ":status" are not headers for Feign.
    if (all.keySet().stream().noneMatch(JdkClient::isPseudoHeader)) {
      // Feign copies the headers into a map of its own, so a view is enough.
      return Collections.unmodifiableMap(all);
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    all.forEach(
        (name, values) -> {
          if (!isPseudoHeader(name)) {
            headers.put(name, values);
          }
        });
    return headers;
  }

  private static boolean isPseudoHeader(String name) {
    return name.startsWith(":");
  }
}
