package dev.chat2desk4j.feign;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JDK client's body subscriber for {@link JdkClient}: collects the body into a byte array, but
 * cancels the subscription, which closes the connection, as soon as the body passes the cap or the
 * call's deadline passes. {@code BodyHandlers.ofByteArray()} would buffer any amount and could not
 * be stopped.
 */
final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private final long max;
  private final int status;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;

  private CappedSubscriber(long max, int status) {
    this.max = max;
    this.status = status;
  }

  /**
   * A handler that gives the answer a capped subscriber, refusing a too long one by its declared
   * length at once, and hands the subscriber to {@code created} so the caller can cancel it.
   *
   * @param deadline when the call gives up on the body, on the {@link System#nanoTime()} scale: the
   *     body then fails with a {@link TimeoutException} and its connection is closed
   */
  static HttpResponse.BodyHandler<byte[]> handler(
      long max, long deadline, AtomicReference<CappedSubscriber> created) {
    return info -> {
      CappedSubscriber subscriber = new CappedSubscriber(max, info.statusCode());
      created.set(subscriber);
      // The JDK's timeout ends with the headers; the body is bounded here.
      subscriber
          .result
          .orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
          .whenComplete(
              (bytes, failure) -> {
                if (failure instanceof TimeoutException) {
                  subscriber.cancel();
                }
              });
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > max) {
        subscriber.result.completeExceptionally(
            new AnswerTooLargeException(info.statusCode(), max, null));
      }
      return subscriber;
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (result.isDone()) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    if (bytes.size() > max
        && result.completeExceptionally(CappedBody.tooLarge(status, max, bytes.toByteArray()))) {
      cancel();
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  /** Stops reading the body: the JDK client closes the connection of a cancelled HTTP/1.1 body. */
  void cancel() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
