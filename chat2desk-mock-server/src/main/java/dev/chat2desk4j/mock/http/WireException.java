package dev.chat2desk4j.mock.http;

/**
 * An error the fake's HTTP layer raises itself, outside the state: a missing or unknown token, an
 * unknown path, a body that is not JSON or too large, a bad admin request. The pipeline answers its
 * {@link #error()}.
 */
public final class WireException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient WireError error;

  WireException(WireError error) {
    super("HTTP " + error.status() + ": " + error.message());
    this.error = error;
  }

  /** The answer to send. */
  public WireError error() {
    return error;
  }
}
