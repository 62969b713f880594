package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The jar loads and works with neither OkHttp nor HttpClient 5 on the class path. */
class WithoutOptionalClientsTest {

  private static final List<String> OPTIONAL =
      List.of(
          "/io/github/openfeign/feign-okhttp/",
          "/io/github/openfeign/feign-hc5/",
          "/com/squareup/",
          "/org/jetbrains/",
          "/org/apache/httpcomponents/");

  @Test
  void defaultClient_optionalClientsAbsent_worksAndExplainsMissingOnes() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/clients",
        exchange -> {
          byte[] body =
              "{\"data\": [], \"meta\": {\"total\": 0}, \"status\": \"success\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try (URLClassLoader isolated = withoutOptionalClients()) {
      Function<String, String> probe = probe(isolated);

      String report = probe.apply("http://127.0.0.1:" + server.getAddress().getPort());

      assertThat(report).isEqualTo("okhttp=missing;hc5=missing;total=0");
      assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient", false, isolated))
          .isInstanceOf(ClassNotFoundException.class);
    } finally {
      server.stop(0);
    }
  }

  @SuppressWarnings("unchecked")
  private static Function<String, String> probe(ClassLoader loader) throws Exception {
    Class<?> type = Class.forName(OptionalClientsProbe.class.getName(), true, loader);
    assertThat(type).isNotSameAs(OptionalClientsProbe.class);
    return (Function<String, String>) type.getConstructor().newInstance();
  }

  private static URLClassLoader withoutOptionalClients() throws MalformedURLException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (OPTIONAL.stream().noneMatch(path::contains)) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
