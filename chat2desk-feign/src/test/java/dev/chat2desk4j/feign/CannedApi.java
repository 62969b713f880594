package dev.chat2desk4j.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.feign.hostile.HostileServer;
import dev.chat2desk4j.feign.hostile.ReceivedRequest;
import dev.chat2desk4j.feign.hostile.Script;
import dev.chat2desk4j.feign.hostile.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback server that answers every request with a canned answer, and the {@link FeignChat2Desk}
 * pointed at it: for the tests of what each operation sends and how its answer is read, without the
 * fake server's behaviour in between. Registered as a static extension, it closes both after the
 * test class.
 */
final class CannedApi implements AfterAllCallback, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HostileServer server;
  private final FeignChat2Desk client;

  private CannedApi() throws IOException {
    server = HostileServer.start();
    client =
        FeignChat2Desk.builder()
            .token("canned-token")
            .baseUrl(server.baseUrl())
            .callTimeout(Duration.ofSeconds(5))
            .build();
  }

  static CannedApi start() {
    try {
      return new CannedApi();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The client that calls the server. */
  FeignChat2Desk client() {
    return client;
  }

  /** Answers every request from now on with status 200 and this JSON body. */
  CannedApi answer(String json) {
    return answer(200, json);
  }

  /** Answers every request from now on with this status and JSON body. */
  CannedApi answer(int status, String json) {
    server.resetCounts();
    server.script(Scripts.answer(status, json));
    return this;
  }

  /** Answers each request from now on with the script the router picks for it. */
  CannedApi route(Function<ReceivedRequest, Script> router) {
    server.resetCounts();
    server.route(router);
    return this;
  }

  /** The requests the server read since the last {@link #answer} or {@link #route}. */
  List<ReceivedRequest> requests() {
    return server.received();
  }

  /** The one request the server read since the last {@link #answer}. */
  ReceivedRequest request() {
    List<ReceivedRequest> received = server.received();
    if (received.size() != 1) {
      throw new AssertionError("expected one request but the server read " + received.size());
    }
    return received.get(0);
  }

  /** The method and target of {@link #request()}, such as {@code GET /v1/clients?limit=20}. */
  String line() {
    return request().method() + " " + request().target();
  }

  /** The body of {@link #request()} as a JSON tree, to compare regardless of field order. */
  JsonNode body() {
    return json(request().bodyText());
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    close();
  }

  @Override
  public void close() throws IOException {
    client.close();
    server.close();
  }
}
