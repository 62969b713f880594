package dev.chat2desk4j.feign;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Decides from an I/O failure whether the server may have seen the request. Only failures that
 * prove no connection was ever established say no: everything else (read timeouts, resets, dropped
 * connections, unknown failures) says it may have been delivered, because a wrong "no" could make a
 * retry send a customer message twice.
 */
final class IoFailures {

  private IoFailures() {}

  static boolean mayHaveBeenDelivered(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (neverConnected(cause)) {
        return false;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return true;
  }

  /**
   * A reason for the exception's message when the failure has a telling one of its own (a call
   * ended at its budget), else null so that the failure's type names it.
   */
  static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CallTimeoutException timeout) {
        return timeout.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static boolean neverConnected(Throwable cause) {
    if (cause instanceof ConnectException // includes HC5's HttpHostConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || cause instanceof UnresolvedAddressException
        || cause instanceof HttpConnectTimeoutException
        || cause instanceof SSLHandshakeException) {
      return true;
    }
    // HC5 reports connect and pool-lease timeouts with its own types; matched by name so this
    // class needs no HttpClient 5 on the class path.
    String type = cause.getClass().getName();
    if (type.equals("org.apache.hc.client5.http.ConnectTimeoutException")
        || type.equals("org.apache.hc.core5.http.ConnectionRequestTimeoutException")) {
      return true;
    }
    // A plain socket connect timeout ("connect timed out", OkHttp's "Connect timed out").
    return cause instanceof SocketTimeoutException
        && cause.getMessage() != null
        && cause.getMessage().toLowerCase(Locale.ROOT).startsWith("connect timed out");
  }
}
