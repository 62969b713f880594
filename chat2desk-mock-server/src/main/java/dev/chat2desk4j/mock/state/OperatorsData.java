package dev.chat2desk4j.mock.state;

import java.util.List;
import java.util.Optional;

/** The operators of one account. Not thread-safe: {@link MockAccount} guards every use. */
final class OperatorsData {

  private final PagedList<MockOperator> operators = new PagedList<>();

  MockOperator add(SeedOperator seed) {
    MockOperator operator =
        new MockOperator(
            operators.size() + 1L,
            seed.name(),
            seed.email(),
            seed.phone(),
            seed.role(),
            seed.online(),
            seed.status());
    operators.add(operator);
    return operator;
  }

  /**
   * The operator with this id.
   *
   * @param field the request field that named it, for the error
   * @throws RecordNotFoundException when the account has none
   */
  MockOperator get(long id, String field) {
    return PagedList.find(operators, id).orElseThrow(() -> new RecordNotFoundException(field, id));
  }

  Optional<MockOperator> named(String name) {
    return operators.snapshot().stream().filter(op -> op.name().equals(name)).findFirst();
  }

  List<MockOperator> snapshot() {
    return operators.snapshot();
  }
}
