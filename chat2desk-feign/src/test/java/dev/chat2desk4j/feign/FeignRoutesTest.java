package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import feign.Feign;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation has exactly one route and one Feign method, and nothing else does. */
class FeignRoutesTest {

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
        catchThrowable(
            () -> FeignRoutes.route(operation).call(recording, SampleRequests.of(operation)));

    assertThat(thrown).hasMessage("recorded");
    assertThat(called).extracting(Method::getName).containsExactly(operation.methodName());
    assertThat(FeignRoutes.route(operation).operation()).isEqualTo(operation);
    assertThat(FeignRoutes.route(operation).method().method()).isEqualTo(called.get(0));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void feignMethodAnswersDone_exactlyWhenTheOperationsResultIsVoid(Operation operation) {
    Type result = null;
    for (Type type : SampleRequests.of(operation).getClass().getGenericInterfaces()) {
      if (type instanceof ParameterizedType request
          && request.getRawType() == Chat2DeskRequest.class) {
        result = request.getActualTypeArguments()[0];
      }
    }

    assertThat(answersDone(operation)).isEqualTo(result == Void.class);
  }

  /** Whether the operation's Feign method answers {@link Wire.Done}, any success envelope. */
  static boolean answersDone(Operation operation) {
    return FeignRoutes.route(operation).method().returnType() == Wire.Done.class;
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
        .as("the query template is not part of the path")
        .isEqualTo(new RequestLine(Operation.LIST_TRANSFERS, "GET", "/v1/transfers"));
    assertThat(RequestLines.of(Operation.REMOVE_TAG, null))
        .isEqualTo(new RequestLine(Operation.REMOVE_TAG, "DELETE", "/v1/tags/{id}/delete_from"));
  }
}
