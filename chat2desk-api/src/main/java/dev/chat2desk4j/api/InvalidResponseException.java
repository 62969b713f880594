package dev.chat2desk4j.api;

/**
 * An answer came but cannot be understood: a 2xx body that is not the JSON the operation needs
 * (broken or empty, no {@code data}, a send's answer without a message id), or an answer larger
 * than the client reads. The server received the request and may have acted on it, so {@link
 * #mayHaveBeenDelivered()} is always true: a send may have reached the customer even though its
 * receipt is unreadable. Reads are safe to repeat; a send only after checking it did not arrive.
 */
public final class InvalidResponseException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  InvalidResponseException(RequestLine request, int status, String problem, String body) {
    super(
        describe(request, status, problem),
        request.operation(),
        request.method(),
        request.path(),
        status,
        null,
        body,
        null);
  }

  /**
   * Whether the server may have received and processed the request: always true, because an answer
   * came back. It is here so that code handling {@link TransportException} and this type alike can
   * ask the same question.
   */
  public boolean mayHaveBeenDelivered() {
    return true;
  }

  private static String describe(RequestLine request, int status, String problem) {
    return request.operation().methodName()
        + " failed: "
        + request
        + " answered HTTP "
        + status
        + " but the answer cannot be understood: "
        + problem
        + (request.operation().isRepeatable()
            ? ". Repeating the call may help."
            : ". The server may have processed it; check before repeating it.");
  }
}
