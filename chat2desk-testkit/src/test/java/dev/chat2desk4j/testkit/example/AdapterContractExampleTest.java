package dev.chat2desk4j.testkit.example;

import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.testkit.Chat2DeskContract;
import dev.chat2desk4j.testkit.ContractEnvironment;
import dev.chat2desk4j.testkit.MockServerEnvironment;

// Runs the whole contract suite against your own Chat2Desk implementation over a fake server.
class AdapterContractExampleTest extends Chat2DeskContract {

  @Override
  protected ContractEnvironment createEnvironment() {
    return MockServerEnvironment.start(
        (baseUrl, token) -> FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build());
  }
}
