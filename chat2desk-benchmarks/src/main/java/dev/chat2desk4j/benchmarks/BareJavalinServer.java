package dev.chat2desk4j.benchmarks;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.Map;

/**
 * The floor under the fake's own stack: Javalin 7 with its defaults, one route per stubbed request,
 * answering the WireMock stubs' bodies (method, URL and token checked) from memory, with the fake's
 * content type and length. No state, no parsing, no journal: what any server on Javalin reaches at
 * most, since the fake answers every request through Javalin. Started from the fake's {@code -all}
 * jar, which holds Javalin.
 *
 * <p>Arguments: {@code <port> <wiremock root>}.
 */
public final class BareJavalinServer {

  private BareJavalinServer() {}

  /** Starts the server and returns; Jetty's threads keep the JVM running. */
  public static void main(String[] args) throws Exception {
    // The same start-up setting as the fake's runnable jar, so that the floor is comparable.
    System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    int port = Integer.parseInt(args[0]);
    Map<String, byte[]> stubs = BareJettyServer.readStubs(Path.of(args[1]));
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = "127.0.0.1";
              config.jetty.port = port;
              for (String key : stubs.keySet()) {
                String method = key.substring(0, key.indexOf(' '));
                String target = key.substring(key.indexOf(' ') + 1);
                String path =
                    target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
                config.routes.addHttpHandler(
                    HandlerType.findOrCreate(method), path, ctx -> answer(ctx, stubs));
              }
            })
        .start();
  }

  private static void answer(Context ctx, Map<String, byte[]> stubs) {
    String query = ctx.queryString();
    byte[] body =
        stubs.get(ctx.method().name() + " " + ctx.path() + (query == null ? "" : "?" + query));
    if (body == null || !BenchSeed.TOKEN.equals(ctx.header("Authorization"))) {
      ctx.status(404);
      return;
    }
    ctx.contentType("application/json;charset=utf-8");
    ctx.res().setContentLength(body.length);
    ctx.result(body);
  }
}
