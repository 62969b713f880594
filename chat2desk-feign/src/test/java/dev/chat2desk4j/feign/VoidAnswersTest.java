package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.InvalidResponseException;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RateLimitedException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operations whose answer carries nothing the caller needs ({@code Void}): any success envelope
 * will do, and the error envelope is still an error, whatever its status.
 */
class VoidAnswersTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  private static final String[] SUCCESSES = {
    "{\"status\": \"success\"}",
    "{\"data\": {\"id\": 1, \"anything\": [true]}, \"status\": \"success\"}",
    "{\"data\": \"ok\"}",
    "{\"data\": [1, 2], \"status\": \"success\"}",
    "{\"data\": null, \"status\": \"success\", \"meta\": {}}",
    "{}"
  };

  static Stream<Operation> voidOperations() {
    return Stream.of(Operation.values()).filter(FeignRoutesTest::answersDone);
  }

  @ParameterizedTest
  @MethodSource("voidOperations")
  void anySuccessEnvelope_withOrWithoutData_isDone(Operation operation) {
    for (String success : SUCCESSES) {
      api.answer(success);

      Object result = api.client().execute(SampleRequests.of(operation));

      assertThat(result).as(success).isNull();
    }
  }

  @ParameterizedTest
  @MethodSource("voidOperations")
  void errorEnvelopeWithStatus200_isTheMappedException(Operation operation) {
    api.answer("{\"status\": \"error\", \"message\": \"Number of API requests exceeded\"}");

    assertThatThrownBy(() -> api.client().execute(SampleRequests.of(operation)))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("HTTP 200");
  }

  @ParameterizedTest
  @MethodSource("voidOperations")
  void errorStatus_isTheMappedException(Operation operation) {
    api.answer(404, "{\"status\": \"error\", \"message\": \"Page not found\"}");

    assertThatThrownBy(() -> api.client().execute(SampleRequests.of(operation)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(operation.methodName());
  }

  @ParameterizedTest
  @MethodSource("voidOperations")
  void successThatIsNotAJsonObject_isInvalidResponse(Operation operation) {
    api.answer("[\"ok\"]");

    assertThatThrownBy(() -> api.client().execute(SampleRequests.of(operation)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("not a JSON object");
  }
}
