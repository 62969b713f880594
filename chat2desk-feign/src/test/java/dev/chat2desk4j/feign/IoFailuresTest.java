package dev.chat2desk4j.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class IoFailuresTest {

  @Test
  void mayHaveBeenDelivered_connectionNeverEstablished_isFalse() {
    assertThat(IoFailures.mayHaveBeenDelivered(new ConnectException("Connection refused")))
        .isFalse();
    assertThat(IoFailures.mayHaveBeenDelivered(new UnknownHostException("nowhere.invalid")))
        .isFalse();
    assertThat(IoFailures.mayHaveBeenDelivered(new HttpConnectTimeoutException("timed out")))
        .isFalse();
    assertThat(IoFailures.mayHaveBeenDelivered(new SocketTimeoutException("Connect timed out")))
        .isFalse();
  }

  @Test
  void mayHaveBeenDelivered_wrappedConnectFailure_isFalse() {
    IOException wrapped = new IOException("call failed", new ConnectException("refused"));

    assertThat(IoFailures.mayHaveBeenDelivered(wrapped)).isFalse();
  }

  @Test
  void mayHaveBeenDelivered_afterSending_isTrue() {
    assertThat(IoFailures.mayHaveBeenDelivered(new SocketTimeoutException("Read timed out")))
        .isTrue();
    assertThat(IoFailures.mayHaveBeenDelivered(new HttpTimeoutException("request timed out")))
        .isTrue();
    assertThat(IoFailures.mayHaveBeenDelivered(new SocketException("Connection reset"))).isTrue();
    assertThat(IoFailures.mayHaveBeenDelivered(new InterruptedIOException("timeout"))).isTrue();
    assertThat(IoFailures.mayHaveBeenDelivered(new IOException("unexpected end of stream")))
        .isTrue();
  }
}
