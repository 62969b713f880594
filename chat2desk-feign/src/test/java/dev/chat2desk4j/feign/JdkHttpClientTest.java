package dev.chat2desk4j.feign;

/** The behaviour suite over the JDK's java.net.http.HttpClient. */
class JdkHttpClientTest extends AbstractHttpClientFailuresTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.jdk();
  }
}
