package dev.chat2desk4j.mock.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Whether a webhook URL points at this machine, the only targets delivered to by default. */
final class Loopback {

  /** The error recorded for a target the settings do not allow (ours). */
  static final String REFUSED = "refused: not a loopback address (see allowExternalWebhookTargets)";

  private Loopback() {}

  /** True when the URL's host resolves only to loopback addresses. */
  static boolean isLoopback(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return false;
      }
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException | UnknownHostException e) {
      return false;
    }
  }
}
