package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CappedBodyTest {

  @Test
  void read_bodyAtTheCap_isReadWhole() throws IOException {
    byte[] body = CappedBody.read(stream(10), -1, 10, 200);

    assertThat(body).hasSize(10);
  }

  @Test
  void read_bodyPastTheCap_failsKeepingStatusAndStart() {
    assertThatThrownBy(() -> CappedBody.read(stream(20_000), -1, 10_000, 502))
        .isInstanceOfSatisfying(
            AnswerTooLargeException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.limit()).isEqualTo(10_000);
              assertThat(e.start()).hasSize(AnswerTooLargeException.KEPT);
            })
        .hasMessageContaining("larger than the limit of 10000 bytes");
  }

  @Test
  void read_declaredLengthPastTheCap_failsWithoutReading() {
    InputStream never =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body must not be read");
          }
        };

    assertThatThrownBy(() -> CappedBody.read(never, 11, 10, 200))
        .isInstanceOf(AnswerTooLargeException.class);
  }

  @Test
  void read_noBody_isEmpty() throws IOException {
    assertThat(CappedBody.read(null, -1, 10, 204)).isEmpty();
  }

  private static InputStream stream(int size) {
    return new ByteArrayInputStream(new byte[size]);
  }
}
