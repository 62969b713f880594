package dev.chat2desk4j.feign.hostile;

import dev.chat2desk4j.feign.HttpClientChoice;

/** The hostile-server suite over OkHttp. */
class OkHttpHostileTest extends AbstractHostileAnswersTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.okHttp();
  }

  @Override
  int requestsPerGetCall() {
    return 1;
  }
}
