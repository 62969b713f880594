package dev.chat2desk4j.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * A Feign client on Apache HttpClient 5 (classic) that aborts every call at the end of its budget
 * and reads the body whole, up to the size cap, before that.
 *
 * <p>Feign's {@code ApacheHttp5Client} is not used because it gives no handle to abort a call, and
 * HttpClient 5 has no whole-call deadline of its own: its socket timeout restarts with every byte,
 * so a body that drips one byte every few seconds outlived any call timeout (the slow-drip case of
 * the hostile suite). Here a task on the transport's scheduler cancels the request at the deadline,
 * which closes the connection under a blocked read. It sends exactly the request it is given:
 * HttpClient's own retries and redirects are switched off where the client is built.
 */
final class Hc5Client implements Client {

  private static final byte[] EMPTY = new byte[0];

  private final CloseableHttpClient http;
  private final RequestConfig defaults;
  private final ScheduledExecutorService deadlines;
  private final TransportSettings settings;

  Hc5Client(
      CloseableHttpClient http,
      RequestConfig defaults,
      ScheduledExecutorService deadlines,
      TransportSettings settings) {
    this.http = http;
    this.defaults = defaults;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long budget = settings.callBudgetNanos();
    HttpUriRequestBase hc5 = toHc5(request, budget);
    AtomicBoolean aborted = new AtomicBoolean();
    ScheduledFuture<?> abort =
        deadlines.schedule(
            () -> {
              aborted.set(true);
              hc5.cancel();
            },
            budget,
            TimeUnit.NANOSECONDS);
    ClassicHttpResponse answer = null;
    boolean read = false;
    try {
      answer = http.executeOpen(null, hc5, null);
      HttpEntity entity = answer.getEntity();
      byte[] body =
          entity == null
              ? EMPTY
              : CappedBody.read(
                  entity.getContent(),
                  entity.getContentLength(),
                  settings.maxResponseSize(),
                  answer.getCode());
      read = true;
      return AnswerBody.answer(
          request, false, answer.getCode(), answer.getReasonPhrase(), headers(answer), body);
    } catch (IOException e) {
      if (aborted.get()) {
        throw new CallTimeoutException(budget, e);
      }
      throw e;
    } finally {
      abort.cancel(false);
      if (!read) {
        // Closing an unread answer would first read the rest of its body: drop the connection.
        hc5.cancel();
      }
      closeQuietly(answer);
    }
  }

  private HttpUriRequestBase toHc5(Request request, long budget) {
    HttpUriRequestBase hc5 =
        new HttpUriRequestBase(request.httpMethod().name(), URI.create(request.url()));
    String contentType = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Host")) {
        continue; // HttpClient sets them itself and refuses duplicates
      }
      for (String value : header.getValue()) {
        hc5.addHeader(name, value);
        if (name.equalsIgnoreCase("Content-Type")) {
          contentType = value;
        }
      }
    }
    if (request.body() != null) {
      hc5.setEntity(new ByteArrayEntity(request.body(), contentType(contentType)));
    }
    Timeout left = Timeout.of(budget, TimeUnit.NANOSECONDS);
    hc5.setConfig(
        RequestConfig.copy(defaults)
            .setConnectionRequestTimeout(min(defaults.getConnectionRequestTimeout(), left))
            .setResponseTimeout(min(defaults.getResponseTimeout(), left))
            .build());
    return hc5;
  }

  private static ContentType contentType(String header) {
    if (header == null) {
      return null;
    }
    try {
      return ContentType.parse(header);
    } catch (RuntimeException unparsable) {
      return null;
    }
  }

  private static Timeout min(Timeout configured, Timeout left) {
    return configured == null || configured.toNanoseconds() > left.toNanoseconds()
        ? left
        : configured;
  }

  private static Map<String, Collection<String>> headers(ClassicHttpResponse answer) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    for (Header header : answer.getHeaders()) {
      headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
    }
    return headers;
  }

  private static void closeQuietly(ClassicHttpResponse answer) {
    if (answer == null) {
      return;
    }
    try {
      answer.close();
    } catch (IOException alreadyBroken) {
      // The call's outcome is decided; a failure to release a dropped connection changes nothing.
    }
  }
}
