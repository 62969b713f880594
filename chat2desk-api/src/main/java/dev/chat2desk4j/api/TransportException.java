package dev.chat2desk4j.api;

/**
 * The call got no HTTP answer: the connection failed, was dropped or timed out. {@link
 * #mayHaveBeenDelivered()} says whether the server may have processed the request anyway, which
 * decides whether repeating a send can duplicate a message.
 */
public final class TransportException extends Chat2DeskException {

  private static final long serialVersionUID = 1L;

  private final boolean mayHaveBeenDelivered;

  /**
   * Reports a call that got no HTTP answer.
   *
   * @param request the request that failed
   * @param mayHaveBeenDelivered false only when the connection was never established, so the server
   *     cannot have seen the request
   * @param cause the I/O failure
   */
  public TransportException(RequestLine request, boolean mayHaveBeenDelivered, Throwable cause) {
    super(
        describe(request, mayHaveBeenDelivered, cause),
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

  private static String describe(RequestLine request, boolean delivered, Throwable cause) {
    String reason = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
    return request.operation().methodName()
        + " failed: "
        + request
        + " got no HTTP answer"
        + reason
        + (delivered
            ? "; the server may have processed it, so repeating it may act twice."
            : "; the connection was never established, so it is safe to repeat.");
  }
}
