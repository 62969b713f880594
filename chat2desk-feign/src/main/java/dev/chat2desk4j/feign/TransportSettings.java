package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.CallDeadline;
import feign.Request;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;

/**
 * What an HTTP client factory needs to build a client. No single socket wait may outlast the call
 * timeout, so the connect and read timeouts handed to the clients are capped by it.
 *
 * @param baseUrl the host root the client talks to
 * @param connectTimeout the longest wait for a TCP (and TLS) connection
 * @param readTimeout the longest wait for the answer's bytes
 * @param callTimeout the longest a whole call may take, the answer's body included
 * @param proxy the HTTP proxy, or null for a direct connection
 * @param maxResponseSize the most bytes of an answer's body that are read
 */
record TransportSettings(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    Proxy proxy,
    long maxResponseSize) {

  /** The connect timeout, no longer than the call timeout. */
  Duration effectiveConnectTimeout() {
    return min(connectTimeout, callTimeout);
  }

  /** The read timeout, no longer than the call timeout. */
  Duration effectiveReadTimeout() {
    return min(readTimeout, callTimeout);
  }

  /**
   * How long the call starting now may take: the call timeout, or less when the caller's {@link
   * CallDeadline} passes earlier; at least a millisecond, since clients take zero as "no limit".
   */
  long callBudgetNanos() {
    long budget = Math.min(callTimeout.toNanos(), CallDeadline.remainingNanos());
    return Math.max(budget, 1_000_000L);
  }

  /**
   * Feign's per-request options; redirects are never followed so the token never leaves the host.
   */
  Request.Options options() {
    return new Request.Options(effectiveConnectTimeout(), effectiveReadTimeout(), false);
  }

  /** The proxy's address, or null when connecting directly. */
  InetSocketAddress proxyAddress() {
    if (proxy == null || proxy.type() == Proxy.Type.DIRECT) {
      return null;
    }
    return (InetSocketAddress) proxy.address();
  }

  /** Whether the base URL uses TLS. */
  boolean secure() {
    return "https".equalsIgnoreCase(baseUrl.getScheme());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
