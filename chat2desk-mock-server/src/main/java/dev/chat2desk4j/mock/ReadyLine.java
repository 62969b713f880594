package dev.chat2desk4j.mock;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the runnable jar tells programs once it listens: one JSON line on stdout, such as {@code
 * {"event":"listening","url":"http://127.0.0.1:8080","port":8080,"admin_token_required":false}},
 * and the port in {@code --port-file}. Neither carries a token.
 */
final class ReadyLine {

  private ReadyLine() {}

  /** The JSON line; the URL has only characters JSON needs no escape for. */
  static String json(URI baseUrl, int port, boolean adminTokenRequired) {
    return "{\"event\":\"listening\",\"url\":\""
        + baseUrl
        + "\",\"port\":"
        + port
        + ",\"admin_token_required\":"
        + adminTokenRequired
        + "}";
  }

  /**
   * Writes the port and a line break to {@code file} through a temporary file moved into place, so
   * that a reader polling for the file never sees it half-written.
   */
  static void writePortFile(Path file, int port) throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".port-", ".tmp");
    try {
      Files.writeString(temporary, port + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
