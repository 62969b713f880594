package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Operation;
import io.github.resilience4j.retry.Retry;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation gets a retry policy of its own, whose rules follow the operation's safety. */
class PoliciesTest {

  private final Policies policies =
      Policies.assemble(ResilientChat2Desk.wrap(new ScriptedChat2Desk()).name("acme"));

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperation_hasItsOwnRetry(Operation operation) {
    Retry retry = policies.retry(operation);

    assertThat(retry).isNotNull();
    assertThat(retry.getName()).isEqualTo("acme." + operation.methodName());
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperation_retriesWhatItsSafetyAllows(Operation operation) {
    Predicate<Throwable> retried =
        policies.retry(operation).getRetryConfig().getExceptionPredicate();

    assertThat(retried.test(Errors.readTimeout(operation))).isEqualTo(operation.isRepeatable());
    assertThat(retried.test(Errors.server(operation))).isEqualTo(operation.isRepeatable());
    assertThat(retried.test(Errors.unreadable(operation))).isEqualTo(operation.isRepeatable());
    assertThat(retried.test(Errors.refused(operation))).isTrue();
    assertThat(retried.test(Errors.rateLimited(operation, null))).isTrue();
    assertThat(retried.test(Errors.notFound(operation))).isFalse();
    assertThat(retried.test(Errors.conflict(operation))).isFalse();
  }

  static Stream<Operation> unsafeOperations() {
    return Stream.of(Operation.values()).filter(o -> o.safety() == Operation.Safety.UNSAFE);
  }

  @ParameterizedTest
  @MethodSource("unsafeOperations")
  void everyUnsafeOperation_refusesEveryFailureThatMayHaveBeenDelivered(Operation operation) {
    Predicate<Throwable> retried =
        policies.retry(operation).getRetryConfig().getExceptionPredicate();

    assertThat(retried.test(Errors.readTimeout(operation))).isFalse();
    assertThat(retried.test(Errors.dropped(operation))).isFalse();
    assertThat(retried.test(Errors.server(operation))).isFalse();
    assertThat(retried.test(Errors.unreadable(operation))).isFalse();
  }
}
