package dev.chat2desk4j.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Feign client on the JDK's {@link HttpClient} that reads each answer whole, within the call's
 * budget and up to the size cap.
 *
 * <p>Feign's own {@code Http2Client} is not used because nothing bounds its body: the JDK's request
 * timeout ends when the answer's headers arrive, and the body stream it hands over then waits as
 * long as the server keeps the connection open (the stalled-body case of the hostile suite hung
 * until the server closed). Here the request's timeout bounds everything up to the headers (the
 * read timeout, at most the call's budget), and the body goes through a {@link CappedSubscriber}
 * that gives up at the call's deadline, closing the connection, and refuses a huge answer instead
 * of buffering it.
 *
 * <p>It sends exactly the request it is given: no redirects, no compression. The JDK client itself
 * repeats an idempotent request (a GET) once when a pooled connection turns out to be closed before
 * any byte of the answer, and a connection attempt once when it is refused; the switches for that
 * are JVM-wide system properties that a library must not set, so a GET attempt here may reach the
 * server twice, and a POST is never repeated once sent.
 */
final class JdkClient implements Client {

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;
  private final TransportSettings settings;

  JdkClient(HttpClient http, TransportSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  /** The JDK client underneath, so tests can check how the transport built it. */
  HttpClient http() {
    return http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long budget = settings.callBudgetNanos();
    long headersWithin =
        Math.min(budget, TimeUnit.MILLISECONDS.toNanos(options.readTimeoutMillis()));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(request.url()))
            // Bounds the wait for the headers; the wait below bounds the whole exchange.
            .timeout(Duration.ofNanos(headersWithin))
            .method(request.httpMethod().name(), body(request));
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    AtomicReference<CappedSubscriber> body = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler =
        CappedSubscriber.handler(settings.maxResponseSize(), System.nanoTime() + budget, body);
    HttpResponse<byte[]> answer;
    try {
      // send, not sendAsync: the future sendAsync returns completes only after a hop to the
      // JDK's async pool, which with fewer than three cores is a new thread per call (see
      // BENCHMARKS.md section 3). The headers are bounded by the request's timeout, the body by
      // the subscriber.
      answer = http.send(builder.build(), handler);
    } catch (InterruptedException e) {
      cancel(body);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for " + request.httpMethod());
    } catch (HttpConnectTimeoutException e) {
      throw e;
    } catch (HttpTimeoutException e) {
      // The JDK's own timer for the headers: reported as every other client's timeout.
      throw new CallTimeoutException(headersWithin, e);
    } catch (IOException e) {
      cancel(body);
      throw unwrapped(e, budget);
    } catch (IllegalArgumentException | SecurityException e) {
      throw asIoException(e.getCause() != null ? e.getCause() : e);
    }
    return AnswerBody.answer(
        request,
        answer.version() == HttpClient.Version.HTTP_2,
        answer.statusCode(),
        null,
        headers(answer),
        answer.body());
  }

  /**
   * The failure as the exchange saw it: {@code send} wraps what ended the exchange in an exception
   * of the calling thread, as a plain {@link IOException} when it is not one of a few types.
   */
  private static IOException unwrapped(IOException failure, long budget) {
    Throwable inner = failure.getCause();
    if (inner instanceof TimeoutException) {
      return new CallTimeoutException(budget, null);
    }
    if (inner instanceof AnswerTooLargeException tooLarge) {
      return tooLarge;
    }
    if (failure.getClass() != IOException.class || inner == null) {
      return failure;
    }
    return asIoException(inner);
  }

  /** Stops reading the body, which closes the connection, if the answer's body was begun. */
  private static void cancel(AtomicReference<CappedSubscriber> body) {
    CappedSubscriber subscriber = body.get();
    if (subscriber != null) {
      subscriber.cancel();
    }
  }

  private static IOException asIoException(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    // Not the cause's message: the JDK puts rejected header values into it.
    return new IOException(
        "The JDK HTTP client failed the call (" + failure.getClass().getSimpleName() + ")",
        failure);
  }

  private static HttpRequest.BodyPublisher body(Request request) {
    byte[] body = request.body();
    return body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body);
  }

  private static Map<String, Collection<String>> headers(HttpResponse<?> answer) {
    Map<String, List<String>> all = answer.headers().map();
    // HTTP/2 pseudo-headers such as ":status" are not headers for Feign.
    if (all.keySet().stream().noneMatch(JdkClient::isPseudoHeader)) {
      // Feign copies the headers into a map of its own, so a view is enough.
      return Collections.unmodifiableMap(all);
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    all.forEach(
        (name, values) -> {
          if (!isPseudoHeader(name)) {
            headers.put(name, values);
          }
        });
    return headers;
  }

  private static boolean isPseudoHeader(String name) {
    return name.startsWith(":");
  }
}
