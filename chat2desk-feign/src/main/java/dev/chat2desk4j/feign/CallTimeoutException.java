package dev.chat2desk4j.feign;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;

/**
 * A call that did not get its whole answer, body included, within its budget: the call timeout or
 * the caller's shorter deadline. The HTTP clients end such a call themselves and report it with
 * this type, whichever client it was, so that every timeout reads the same.
 */
final class CallTimeoutException extends InterruptedIOException {

  private static final long serialVersionUID = 1L;

  CallTimeoutException(long budgetNanos, Throwable cause) {
    super("no complete answer within " + TimeUnit.NANOSECONDS.toMillis(budgetNanos) + " ms");
    if (cause != null) {
      initCause(cause);
    }
  }
}
