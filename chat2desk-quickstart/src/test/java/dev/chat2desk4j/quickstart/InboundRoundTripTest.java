package dev.chat2desk4j.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundRoundTripTest {

  @Test
  void run_customerWrites_receiverAnswersThroughTheClient() throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    int status = new InboundRoundTrip(new PrintStream(output, true, StandardCharsets.UTF_8)).run();

    assertThat(status).isZero();
    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("Customer #1 writes: Hi, where is my order?")
        .containsPattern("Delivered evt-\\d+-\\d+ to the receiver")
        .contains("The receiver answered: Thanks for your message!");
  }
}
