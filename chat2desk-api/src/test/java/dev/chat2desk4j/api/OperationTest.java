package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationTest {

  /** One value of every request type; a new request or operation must be added here. */
  private static final List<Chat2DeskRequest<?>> ONE_OF_EACH =
      List.of(
          SendMessage.of(1, "hi"),
          ListMessages.of(1),
          ListClients.of(),
          GetClient.of(1),
          ListTransfers.of());

  @Test
  void everyRequestType_isListedHere() {
    List<Class<?>> listed = new ArrayList<>();
    ONE_OF_EACH.forEach(request -> listed.add(request.getClass()));

    assertThat(listed).containsExactlyInAnyOrderElementsOf(leaves(Chat2DeskRequest.class));
  }

  @Test
  void everyOperation_hasExactlyOneRequestType() {
    assertThat(ONE_OF_EACH)
        .extracting(Chat2DeskRequest::operation)
        .containsExactlyInAnyOrder(Operation.values());
  }

  @Test
  void safety_followsTheApisEffect_notTheHttpMethod() {
    assertThat(Operation.SEND_MESSAGE.safety()).isEqualTo(Operation.Safety.UNSAFE);
    assertThat(Operation.SEND_MESSAGE.isRepeatable()).isFalse();
    assertThat(Operation.LIST_CLIENTS.safety()).isEqualTo(Operation.Safety.SAFE);
    assertThat(Operation.GET_CLIENT.isRepeatable()).isTrue();
  }

  @Test
  void methodNames_areUniqueCamelCase() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::methodName))
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z][A-Za-z]+"));
  }

  private static List<Class<?>> leaves(Class<?> sealed) {
    List<Class<?>> leaves = new ArrayList<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        leaves.addAll(leaves(permitted));
      } else {
        leaves.add(permitted);
      }
    }
    return leaves;
  }
}
