package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import dev.chat2desk4j.api.SendMessage;
import feign.Feign;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation has exactly one route and one Feign method, and nothing else does. */
class FeignRoutesTest {

  /** One request per operation; a new operation without one here does not compile. */
  static Chat2DeskRequest<?> sample(Operation operation) {
    return switch (operation) {
      case SEND_MESSAGE -> SendMessage.of(42, "hi");
      case LIST_MESSAGES -> ListMessages.of(42);
      case LIST_CLIENTS -> ListClients.of();
      case GET_CLIENT -> GetClient.of(42);
      case LIST_TRANSFERS -> ListTransfers.of();
      // Compile fix only: feign-wider's branch routes and samples every other operation.
      default -> throw new UnsupportedOperationException("no sample for " + operation);
    };
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperation_hasOneRouteCallingTheFeignMethodOfItsName(Operation operation) {
    List<Method> called = new CopyOnWriteArrayList<>();
    Chat2DeskApi recording =
        (Chat2DeskApi)
            Proxy.newProxyInstance(
                Chat2DeskApi.class.getClassLoader(),
                new Class<?>[] {Chat2DeskApi.class},
                (proxy, method, args) -> {
                  called.add(method);
                  throw new IllegalStateException("recorded");
                });

    Throwable thrown =
        catchThrowable(() -> FeignRoutes.route(operation).call(recording, sample(operation)));

    assertThat(thrown).hasMessage("recorded");
    assertThat(called).extracting(Method::getName).containsExactly(operation.methodName());
    assertThat(FeignRoutes.route(operation).operation()).isEqualTo(operation);
    assertThat(FeignRoutes.route(operation).method().method()).isEqualTo(called.get(0));
  }

  @Test
  void feignMethods_areExactlyOnePerOperation() {
    List<String> methods =
        Arrays.stream(Chat2DeskApi.class.getDeclaredMethods()).map(Method::getName).toList();

    assertThat(methods)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(Operation.values()).map(Operation::methodName).toList());
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void operationOfFeignsMethodKey_isTheRoutesOperation(Operation operation) {
    Method method = FeignRoutes.route(operation).method().method();

    assertThat(FeignRoutes.operation(Feign.configKey(Chat2DeskApi.class, method)))
        .isEqualTo(operation);
    assertThat(FeignRoutes.operation(CannedResponses.request(operation, "/v1/x")))
        .isEqualTo(operation);
  }

  @Test
  void requestLineWithoutARequest_comesFromTheParsedAnnotation() {
    assertThat(RequestLines.of(Operation.GET_CLIENT, null))
        .isEqualTo(new RequestLine(Operation.GET_CLIENT, "GET", "/v1/clients/{id}"));
    assertThat(RequestLines.of(Operation.SEND_MESSAGE, null))
        .isEqualTo(new RequestLine(Operation.SEND_MESSAGE, "POST", "/v1/messages"));
    assertThat(RequestLines.of(Operation.LIST_TRANSFERS, null))
        .isEqualTo(new RequestLine(Operation.LIST_TRANSFERS, "GET", "/v1/transfers"));
  }
}
