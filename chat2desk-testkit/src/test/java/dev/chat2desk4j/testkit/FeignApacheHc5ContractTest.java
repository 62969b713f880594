package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;

/** The contract against {@link FeignChat2Desk} with Apache HttpClient 5 over the fake server. */
class FeignApacheHc5ContractTest extends Chat2DeskContract {

  @Override
  protected ContractEnvironment createEnvironment() {
    return MockServerEnvironment.start(
        (baseUrl, token) ->
            FeignChat2Desk.builder()
                .token(token)
                .baseUrl(baseUrl)
                .httpClient(HttpClientChoice.apacheHc5())
                .build());
  }
}
