package dev.chat2desk4j.feign.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.feign.HttpClientChoice;
import org.junit.jupiter.api.Test;

/** The hostile-server suite over the JDK's java.net.http.HttpClient. */
class JdkHostileTest extends AbstractHostileAnswersTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.jdk();
  }

  /**
   * The JDK client sends a GET once more when its connection closes before any byte of the answer,
   * fresh or pooled, and retries a refused connection; see {@link HttpClientChoice#jdk()}.
   */
  @Override
  int requestsPerGetCall() {
    return 2;
  }

  @Test
  void resetAfterTheRequestIsRead_listClients_isSentTwiceByTheJdkClientItself() {
    server.script(Scripts.resetAfterRequest());

    assertTransport(fails(client::listClients), true);
    assertThat(server.received()).hasSize(2);
  }
}
