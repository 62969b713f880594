package dev.chat2desk4j.feign.hostile;

import dev.chat2desk4j.feign.HttpClientChoice;

/** The hostile-server suite over Apache HttpClient 5. */
class ApacheHc5HostileTest extends AbstractHostileAnswersTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.apacheHc5();
  }

  @Override
  int requestsPerGetCall() {
    return 1;
  }
}
