package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ConflictException;
import dev.chat2desk4j.api.CreateClient;
import dev.chat2desk4j.api.CreateWebhook;
import dev.chat2desk4j.api.WebhookEvent;
import dev.chat2desk4j.feign.hostile.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's refusals caused by the account's state reach the caller as {@link ConflictException}
 * from the answers the real API sends, whatever their status.
 */
class ConflictAnswersTest {

  @RegisterExtension static final CannedApi api = CannedApi.start();

  private static final String CLIENT_EXISTS =
      """
      {"status": "error", "message": "Client already exist",
       "errors": {"client": ["Client already exist", "{\\"id\\":123}"]}}
      """;

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 200, 409})
  void createClient_phoneTaken_isConflictNamingTheExistingClient(int status) {
    api.answer(status, CLIENT_EXISTS);

    assertThatThrownBy(() -> api.client().clients().create(CreateClient.of("79001234567")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.existingId()).hasValue(123);
              assertThat(e.status()).isEqualTo(status);
            })
        .hasMessageContaining("POST /v1/clients")
        .hasMessageContaining("(id 123)");
  }

  @Test
  void findOrCreateByPhone_createRefusedForAnExistingPhone_readsTheClientItNamed() {
    api.route(
        request ->
            switch (request.method() + " " + request.target().replaceAll("\\?.*", "")) {
              case "GET /v1/clients" -> Scripts.answer(200, "{\"data\": []}");
              case "POST /v1/clients" -> Scripts.answer(400, CLIENT_EXISTS);
              case "GET /v1/clients/123" ->
                  Scripts.answer(200, "{\"data\": {\"id\": 123, \"phone\": \"79001234567\"}}");
              default -> Scripts.answer(404, "{\"status\": \"error\"}");
            });

    Client client = api.client().clients().findOrCreateByPhone("79001234567");

    assertThat(client.id()).isEqualTo(123);
    assertThat(api.requests())
        .extracting(request -> request.method() + " " + request.target().replaceAll("\\?.*", ""))
        .containsExactly("GET /v1/clients", "POST /v1/clients", "GET /v1/clients/123");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"status\": \"error\", \"message\": \"Dialog already has state closed\"}",
        "{\"status\": \"error\", \"message\": \"Validation failed\","
            + " \"errors\": {\"state\": [\"Dialog already has state closed\"]}}",
        "{\"status\": \"error\", \"errors\": \"Dialog already has state closed\"}"
      })
  void closeDialog_alreadyClosed_isConflict(String answer) {
    api.answer(400, answer);

    assertThatThrownBy(() -> api.client().dialogs().close(7))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("PUT /v1/dialogs/7")
        .hasMessageContaining("already has this state");
  }

  @Test
  void createWebhook_urlAlreadyUsed_isConflict() {
    api.answer(
        422,
        """
        {"status": "error", "message": "Validation failed",
         "errors": {"url": ["has already used"]}}
        """);

    assertThatThrownBy(
            () ->
                api.client()
                    .webhooks()
                    .create(CreateWebhook.of("https://crm.example/hook", WebhookEvent.INBOX)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("POST /v1/webhooks")
        .hasMessageContaining("already uses this URL");
  }

  @Test
  void anyStatus409_isConflict() {
    api.answer(409, "{\"status\": \"error\", \"message\": \"Something is in the way\"}");

    assertThatThrownBy(() -> api.client().tags().get(3))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("HTTP 409");
  }
}
