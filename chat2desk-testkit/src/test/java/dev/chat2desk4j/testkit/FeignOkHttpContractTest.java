package dev.chat2desk4j.testkit;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;

/** The contract against {@link FeignChat2Desk} with OkHttp over the fake server. */
class FeignOkHttpContractTest extends Chat2DeskContract {

  @Override
  protected ContractEnvironment createEnvironment() {
    return MockServerEnvironment.start(
        (baseUrl, token) ->
            FeignChat2Desk.builder()
                .token(token)
                .baseUrl(baseUrl)
                .httpClient(HttpClientChoice.okHttp())
                .build());
  }
}
