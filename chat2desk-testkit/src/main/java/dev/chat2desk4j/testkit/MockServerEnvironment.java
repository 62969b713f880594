package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A {@link ContractEnvironment} with a {@link Chat2DeskMockServer} of two empty accounts, for any
 * {@link Chat2Desk} that talks HTTP: give it a factory that builds your client from the server's
 * base URL and a token.
 *
 * <pre>{@code
 * class MyAdapterContractTest extends Chat2DeskContract {
 *   protected ContractEnvironment createEnvironment() {
 *     return MockServerEnvironment.start((baseUrl, token) -> new MyAdapter(baseUrl, token));
 *   }
 * }
 * }</pre>
 */
public final class MockServerEnvironment implements ContractEnvironment {

  /** The token of the account the client under test acts as. */
  public static final String PRIMARY_TOKEN = "contract-primary-token";

  /** The token of the second account, for tenant isolation. */
  public static final String OTHER_TOKEN = "contract-other-token";

  private final Chat2DeskMockServer server;
  private final Chat2Desk chat2desk;

  private MockServerEnvironment(Chat2DeskMockServer server, Chat2Desk chat2desk) {
    this.server = server;
    this.chat2desk = chat2desk;
  }

  /**
   * Starts a fake server on a free loopback port and builds the client under test.
   *
   * @param clientFactory builds the client from the base URL (host root, without {@code /v1}) and
   *     the {@linkplain #PRIMARY_TOKEN primary token}
   */
  public static MockServerEnvironment start(BiFunction<URI, String, Chat2Desk> clientFactory) {
    Objects.requireNonNull(clientFactory, "clientFactory");
    Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(PRIMARY_TOKEN).token(OTHER_TOKEN).build().start();
    try {
      Chat2Desk chat2desk =
          Objects.requireNonNull(
              clientFactory.apply(server.baseUrl(), PRIMARY_TOKEN), "the client factory's result");
      return new MockServerEnvironment(server, chat2desk);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** The running fake server, for fault rules and the request journal. */
  public Chat2DeskMockServer server() {
    return server;
  }

  @Override
  public Chat2Desk chat2desk() {
    return chat2desk;
  }

  @Override
  public String primaryToken() {
    return PRIMARY_TOKEN;
  }

  @Override
  public String otherToken() {
    return OTHER_TOKEN;
  }

  /** Fault rules on the fake server. */
  @Override
  public Optional<FaultInjector> faults() {
    return Optional.of(new RuleInjector(server.faults()));
  }

  @Override
  public AccountSeeder seed(String token) {
    return MockStateSeeder.of(server.state(), token);
  }

  /** Closes the client, then the server. */
  @Override
  public void close() {
    try {
      chat2desk.close();
    } finally {
      server.close();
    }
  }
}
