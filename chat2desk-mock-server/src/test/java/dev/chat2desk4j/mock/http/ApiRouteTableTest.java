package dev.chat2desk4j.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ApiRouteTableTest {

  @Test
  void everyOperation_hasExactlyOneRow() {
    List<Operation> routed =
        ApiRouteTable.routes().stream().map(ApiRoute::operation).filter(Objects::nonNull).toList();
    List<Operation> served = Arrays.asList(Operation.values());

    assertThat(routed).containsExactlyInAnyOrderElementsOf(served);
    served.forEach(
        operation -> assertThat(ApiRouteTable.of(operation).operation()).isEqualTo(operation));
  }

  @Test
  void literalPaths_registeredBeforeThoseWithAnId() {
    List<String> paths = ApiRouteTable.routes().stream().map(ApiRoute::path).toList();

    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      if (path.contains("{id}")) {
        String prefix = path.substring(0, path.indexOf("{id}"));
        assertThat(paths.subList(i, paths.size()))
            .as("literal routes under %s come first", prefix)
            .noneMatch(
                later ->
                    later.startsWith(prefix) && !later.substring(prefix.length()).startsWith("{"));
      }
    }
  }

  @Test
  void pathOf_fillsTheIdAndNoQuery() {
    assertThat(ApiRouteTable.of(Operation.GET_CLIENT).pathOf(GetClient.of(42)))
        .isEqualTo("/v1/clients/42");
    assertThat(ApiRouteTable.of(Operation.LIST_CLIENTS).pathOf(ListClients.of().withLimit(5)))
        .isEqualTo("/v1/clients");
    assertThat(ApiRouteTable.routeName(Operation.SEND_MESSAGE)).isEqualTo("POST /v1/messages");
  }

  @Test
  void invoke_runsTheApiRequestOnTheAccount() {
    MockAccount account = MockState.create().addAccount("t");
    long anna = account.createClient("Anna", "79001234567").id();

    ApiRouteTable.of(Operation.SEND_MESSAGE).invoke(account, SendMessage.of(anna, "hi"));

    assertThat(account.messagesOf(anna)).hasSize(1);
    assertThat(ApiRouteTable.of(Operation.GET_CLIENT).invoke(account, GetClient.of(anna)).phone())
        .isEqualTo("79001234567");
  }
}
