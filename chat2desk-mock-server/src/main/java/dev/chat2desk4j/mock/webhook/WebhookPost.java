package dev.chat2desk4j.mock.webhook;

import dev.chat2desk4j.mock.state.WebhookBook;
import dev.chat2desk4j.webhooks.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One delivery attempt over HTTP: a JSON {@code POST} with the event id header and, when the hook
 * has a secret, this project's signature header, bounded by the attempt timeout.
 */
final class WebhookPost {

  private final HttpClient http;
  private final WebhookSettings settings;

  WebhookPost(HttpClient http, WebhookSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  /** Sends the body; completes with the status, or exceptionally without an answer in time. */
  CompletableFuture<Integer> send(WebhookBook.Target target, String eventId, byte[] body) {
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(target.url()))
              .timeout(settings.attemptTimeout())
              .header("Content-Type", "application/json; charset=utf-8")
              .header(WebhookSignature.EVENT_ID_HEADER, eventId)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (target.secret() != null) {
      request.header(WebhookSignature.HEADER, WebhookSignature.sign(body, target.secret()));
    }
    // The request timeout bounds the answer's headers; orTimeout bounds the whole exchange.
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode)
        .orTimeout(settings.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** What went wrong with an attempt, or null when the receiver answered 2xx. */
  static String error(Integer status, Throwable failure) {
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
        return "timed out";
      }
      // The class name, not the message: a message may quote the URL, which may hold a secret.
      return "no answer: " + cause.getClass().getSimpleName();
    }
    return status >= 200 && status < 300 ? null : "answered " + status;
  }
}
