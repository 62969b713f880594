package dev.chat2desk4j.feign.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One request on one connection of the hostile server, with the raw socket to act on. */
public final class Exchange {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final ReceivedRequest request;
  private final Runnable clientClosed;

  Exchange(
      Socket socket,
      InputStream in,
      OutputStream out,
      ReceivedRequest request,
      Runnable clientClosed) {
    this.socket = socket;
    this.in = in;
    this.out = out;
    this.request = request;
    this.clientClosed = clientClosed;
  }

  /** The request, or null for a script that acts before reading it. */
  public ReceivedRequest request() {
    return request;
  }

  /** Writes raw bytes and flushes them. */
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Writes raw text (ISO-8859-1, as HTTP heads are) and flushes it. */
  public void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Sends nothing more and waits until the client closes the connection (or the server stops): a
   * client that gives up is seen here as the end of its input.
   */
  public void holdUntilClientCloses() {
    try {
      while (in.read() != -1) {
        // Whatever the client still sends is ignored.
      }
      clientClosed.run();
    } catch (IOException closed) {
      // Reset by the client, or closed by the server when it stops.
      if (!socket.isClosed()) {
        clientClosed.run();
      }
    }
  }

  /** Writes one byte, then waits, again and again until the client closes the connection. */
  public void drip(byte value, Duration interval) {
    try {
      while (!socket.isClosed()) {
        out.write(value);
        out.flush();
        Thread.sleep(interval.toMillis());
      }
    } catch (IOException closed) {
      if (!socket.isClosed()) {
        clientClosed.run(); // the client gave up
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the connection with a TCP reset rather than an orderly close. */
  public void reset() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  /** Closes the connection in order (FIN). */
  public void close() throws IOException {
    socket.close();
  }
}
