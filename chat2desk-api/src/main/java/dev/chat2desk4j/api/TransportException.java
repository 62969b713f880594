package dev.chat2desk4j.api;

/**
 * The call got no complete HTTP answer: the connection failed, was dropped, timed out or carried
 * something that is not HTTP. {@link #mayHaveBeenDelivered()} says whether the server may have
 * processed the request anyway, which decides whether repeating a send can duplicate a message.
 */
public final class TransportException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  private final boolean mayHaveBeenDelivered;

  /**
   * Reports a call that got no complete HTTP answer, naming the failure by its type.
   *
   * @param request the request that failed
   * @param mayHaveBeenDelivered false only when the connection was never established, so the server
   *     cannot have seen the request
   * @param cause the I/O failure
   */
  public TransportException(RequestLine request, boolean mayHaveBeenDelivered, Throwable cause) {
    this(request, mayHaveBeenDelivered, null, cause);
  }

  /**
   * Reports a call that got no complete HTTP answer, with a reason for the message.
   *
   * @param request the request that failed
   * @param mayHaveBeenDelivered false only when the connection was never established, so the server
   *     cannot have seen the request
   * @param reason what happened, such as {@code "no complete answer within 1000 ms"}, or null to
   *     name the cause's type instead; it becomes part of the message, so it must not contain
   *     credentials
   * @param cause the I/O failure, or null
   */
  public TransportException(
      RequestLine request, boolean mayHaveBeenDelivered, String reason, Throwable cause) {
    super(
        describe(request, mayHaveBeenDelivered, reason, cause),
        request.operation(),
        request.method(),
        request.path(),
        0,
        null,
        null,
        cause);
    this.mayHaveBeenDelivered = mayHaveBeenDelivered;
  }

  /** Whether the server may have received and processed the request before the failure. */
  public boolean mayHaveBeenDelivered() {
    return mayHaveBeenDelivered;
  }

  private static String describe(
      RequestLine request, boolean delivered, String reason, Throwable cause) {
    String why =
        reason != null
            ? " (" + reason + ")"
            : cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
    return request.operation().methodName()
        + " failed: "
        + request
        + " got no complete HTTP answer"
        + why
        + (delivered
            ? "; the server may have processed it, so repeating it may act twice."
            : "; the connection was never established, so it is safe to repeat.");
  }
}
