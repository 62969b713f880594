package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The behaviour suite over the JDK's java.net.http.HttpClient. */
class JdkHttpClientTest extends AbstractHttpClientFailuresTest {

  @Override
  HttpClientChoice httpClient() {
    return HttpClientChoice.jdk();
  }

  @Test
  void jdkTransport_answerSteps_runWithoutHandOffToAPoolThread() {
    Duration second = Duration.ofSeconds(1);
    HttpTransport transport =
        JdkTransport.create(
            new TransportSettings(
                URI.create("http://127.0.0.1:1"), second, second, second, null, 1024));
    try {
      HttpClient http = ((JdkClient) transport.client()).http();
      assertThat(http.executor()).isPresent();
      Executor executor = http.executor().orElseThrow();
      AtomicReference<Thread> ranOn = new AtomicReference<>();

      executor.execute(() -> ranOn.set(Thread.currentThread()));

      assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    } finally {
      transport.release().run();
    }
  }
}
