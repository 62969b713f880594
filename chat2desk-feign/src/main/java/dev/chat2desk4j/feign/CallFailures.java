package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Chat2DeskException;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.TransportException;
import feign.FeignException;
import feign.codec.DecodeException;
import java.io.IOException;

/**
 * Turns what a Feign call throws into the API's exceptions: an answer mapped by {@link
 * ErrorMapping} or {@link EnvelopeDecoder} as it is, an answer past the size cap into an {@link
 * dev.chat2desk4j.api.InvalidResponseException}, and every failure to get a complete answer into a
 * {@link TransportException} that says whether the request may have been delivered.
 */
final class CallFailures {

  private CallFailures() {}

  static Chat2DeskException map(Operation operation, FeignException e, Redactor redactor) {
    if (e instanceof DecodeException && e.getCause() instanceof Chat2DeskException mapped) {
      return mapped;
    }
    // RetryableException carries the I/O failure of sending; a plain FeignException one of
    // reading the answer.
    Throwable cause = e.getCause() instanceof IOException io ? io : e;
    if (cause instanceof AnswerTooLargeException tooLarge) {
      return Chat2DeskException.invalidResponse(
          RequestLines.of(operation, e.request()),
          tooLarge.status(),
          "the answer is larger than the limit of " + tooLarge.limit() + " bytes",
          redactor.redact(tooLarge.start()));
    }
    return new TransportException(
        RequestLines.of(operation, e.request()),
        IoFailures.mayHaveBeenDelivered(cause),
        IoFailures.reason(cause),
        cause);
  }

  /** The failure of a call whose caller's deadline was spent before it could start. */
  static TransportException deadlineSpent(Operation operation) {
    return new TransportException(
        RequestLines.of(operation, null),
        false,
        "the caller's deadline was spent before the request was sent",
        null);
  }
}
