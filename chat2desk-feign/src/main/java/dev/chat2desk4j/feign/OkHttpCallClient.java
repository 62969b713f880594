package dev.chat2desk4j.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * A Feign client on OkHttp that gives every call its own budget with OkHttp's own call timeout
 * ({@link Call#timeout()}), and reads the body whole, up to the size cap, inside that timeout.
 *
 * <p>Feign's {@code feign.okhttp.OkHttpClient} is not used because it hides the {@link Call}: its
 * OkHttp client's call timeout does end a stalled or dripping body (checked with the hostile
 * suite's scripts), but it is one value for every call, so a caller's shorter {@link
 * dev.chat2desk4j.api.CallDeadline} could not shorten a call. It sends exactly the request it is
 * given: OkHttp's own retries and redirects are switched off where the client is built.
 */
final class OkHttpCallClient implements Client {

  private final OkHttpClient okHttp;
  private final TransportSettings settings;

  OkHttpCallClient(OkHttpClient okHttp, TransportSettings settings) {
    this.okHttp = okHttp;
    this.settings = settings;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long budget = settings.callBudgetNanos();
    Call call = okHttp.newCall(toOkHttp(request));
    call.timeout().timeout(budget, TimeUnit.NANOSECONDS);
    try (okhttp3.Response answer = call.execute()) {
      ResponseBody body = answer.body();
      byte[] bytes =
          CappedBody.read(
              body.byteStream(), body.contentLength(), settings.maxResponseSize(), answer.code());
      return AnswerBody.answer(
          request,
          answer.protocol() == okhttp3.Protocol.HTTP_2,
          answer.code(),
          answer.message(),
          Map.copyOf(answer.headers().toMultimap()),
          bytes);
    } catch (InterruptedIOException timedOut) {
      // OkHttp reports its call timeout as "timeout", and a cancelled read the same way.
      if (call.isCanceled() && !Thread.currentThread().isInterrupted()) {
        throw new CallTimeoutException(budget, timedOut);
      }
      throw timedOut;
    }
  }

  private static okhttp3.Request toOkHttp(Request request) {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
    String contentType = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Length")) {
        continue; // OkHttp computes it from the body
      }
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = value;
        }
      }
    }
    byte[] body = request.body();
    String method = request.httpMethod().name();
    RequestBody payload =
        body != null || request.httpMethod().isWithBody()
            ? RequestBody.create(
                body == null ? new byte[0] : body,
                contentType == null ? null : MediaType.parse(contentType))
            : null;
    return builder.method(method, payload).build();
  }
}
