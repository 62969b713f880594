package dev.chat2desk4j.mock.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Operation;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which calls a rule matches: an operation's rule by the call's operation, others by path. */
class FaultRuleMatchingTest {

  private final Faults faults = Faults.create();

  @Test
  void operationRule_matchesItsOperationWhateverThePath() {
    FaultRule rule = faults.on(Operation.LIST_CLIENTS).dropConnection().always();

    assertThat(faults.fire(Operation.LIST_CLIENTS, "GET", "/v1/clients")).isEqualTo(rule.fault());
    assertThat(faults.fire(Operation.GET_CLIENT, "GET", "/v1/clients/1")).isNull();
    assertThat(faults.fire(null, "GET", "/v1/clients")).isNull();
  }

  @Test
  void pathRule_matchesMethodAndPathWhateverTheOperation() {
    faults.on("GET", "/v1/clients*").storeThenDrop().always();

    assertThat(faults.fire(Operation.GET_CLIENT, "GET", "/v1/clients/1"))
        .isInstanceOf(StoreThenDrop.class);
    assertThat(faults.fire(null, "get", "/v1/clients/1/messages")).isNotNull();
    assertThat(faults.fire(Operation.SEND_MESSAGE, "POST", "/v1/messages")).isNull();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void pathPattern_manyStars_matchesWithoutBacktrackingForever() {
    String hostile = "/*a*a*a*a*a*a*a*a*a*a*a*a*b";
    String path = "/" + "a".repeat(5_000);

    assertThat(FaultRule.globMatches(hostile, path)).isFalse();
    assertThat(FaultRule.globMatches(hostile, path + "b")).isTrue();
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "/v1/clients*, /v1/clients, true",
    "/v1/clients*, /v1/clients/7, true",
    "/v1/clients, /v1/clients/7, false",
    "*, /anything, true",
    "/v1/*/transfer, /v1/messages/2/transfer, true",
    "/v1/*/transfer, /v1/messages/2/transfers, false",
    "/v1/**x, /v1/abx, true",
    "/v1/a.c, /v1/abc, false",
  })
  void pathPattern_starIsAnyCharactersAndNothingElseIsSpecial(
      String pattern, String path, boolean matches) {
    assertThat(FaultRule.globMatches(pattern, path)).isEqualTo(matches);
  }
}
