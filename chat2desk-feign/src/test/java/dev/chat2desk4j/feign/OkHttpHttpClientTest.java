package dev.chat2desk4j.feign;

/** The behaviour suite over OkHttp. */
class OkHttpHttpClientTest extends AbstractHttpClientFailuresTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.okHttp();
  }
}
