package dev.chat2desk4j.feign;

/** The behaviour suite over Apache HttpClient 5. */
class ApacheHc5HttpClientTest extends AbstractHttpClientFailuresTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.apacheHc5();
  }
}
