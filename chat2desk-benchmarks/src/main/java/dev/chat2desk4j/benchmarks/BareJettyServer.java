package dev.chat2desk4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * The floor under any Jetty-based fake: the Jetty 12 server the fake runs on, with no servlet
 * layer, no Javalin and no state, answering the WireMock stubs' bodies (method, URL and token
 * checked) from memory. The benchmarks start it like the other servers, from the fake's {@code
 * -all} jar (which holds Jetty), to show how much of a figure is Jetty's own.
 *
 * <p>Arguments: {@code <port> <wiremock root>}.
 */
public final class BareJettyServer {

  private BareJettyServer() {}

  /** Starts the server and returns; Jetty's threads keep the JVM running. */
  public static void main(String[] args) throws Exception {
    // The same start-up setting as the fake's runnable jar, so that the floor is comparable.
    System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    int port = Integer.parseInt(args[0]);
    Map<String, byte[]> stubs = readStubs(Path.of(args[1]));
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    boolean blocking = args.length > 2 && args[2].equals("blocking");
    server.setHandler(blocking ? new BlockingStubHandler(stubs) : new StubHandler(stubs));
    server.start();
  }

  /** The stubs' bodies by method and URL, such as {@code GET /v1/clients?limit=20}. */
  static Map<String, byte[]> readStubs(Path root) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, byte[]> stubs = new HashMap<>();
    try (Stream<Path> files = Files.list(root.resolve("mappings"))) {
      for (Path file : files.toList()) {
        JsonNode stub = mapper.readTree(file.toFile());
        String key = stub.at("/request/method").asText() + " " + stub.at("/request/url").asText();
        stubs.put(key, stub.at("/response/body").asText().getBytes(StandardCharsets.UTF_8));
      }
    }
    return stubs;
  }

  private static class StubHandler extends Handler.Abstract.NonBlocking {

    private final Map<String, byte[]> stubs;

    StubHandler(Map<String, byte[]> stubs) {
      this.stubs = stubs;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String target = request.getHttpURI().getPathQuery();
      byte[] body = stubs.get(request.getMethod() + " " + target);
      boolean authorized =
          BenchSeed.TOKEN.equals(request.getHeaders().get(HttpHeader.AUTHORIZATION));
      if (body == null || !authorized) {
        Response.writeError(request, response, callback, 404);
        return true;
      }
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }
  }

  private static final class BlockingStubHandler extends StubHandler {

    BlockingStubHandler(Map<String, byte[]> stubs) {
      super(stubs);
    }

    @Override
    public InvocationType getInvocationType() {
      return InvocationType.BLOCKING;
    }
  }
}
