package dev.chat2desk4j.testkit;

/** The contract against {@link InMemoryChat2Desk}. */
class InMemoryContractTest extends Chat2DeskContract {

  @Override
  protected ContractEnvironment createEnvironment() {
    return InMemoryEnvironment.create();
  }
}
