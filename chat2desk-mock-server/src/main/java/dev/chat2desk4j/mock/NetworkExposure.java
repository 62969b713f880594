package dev.chat2desk4j.mock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** The warning a server bound beyond loopback gives at start: the network reaches its admin API. */
final class NetworkExposure {

  private NetworkExposure() {}

  /**
   * The warning for a server bound to this host, or empty when the host is a loopback address that
   * only this machine reaches.
   */
  static Optional<String> warning(String host, boolean adminTokenSet) {
    try {
      if (InetAddress.getByName(host).isLoopbackAddress()) {
        return Optional.empty();
      }
    } catch (UnknownHostException e) {
      // Not resolvable here: warn, as for any address not known to be loopback.
    }
    String admin =
        adminTokenSet
            ? "the admin API answers only requests that carry the admin token."
            : "anyone who reaches it can reset, seed and fault it. Set an admin token"
                + " (--admin-token, or adminToken(..) on the builder).";
    return Optional.of(
        "Chat2Desk mock server bound to "
            + host
            + ", beyond loopback: its API and its admin API (/__admin) are reachable from the"
            + " network; "
            + admin);
  }
}
