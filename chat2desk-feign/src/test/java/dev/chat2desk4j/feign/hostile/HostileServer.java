package dev.chat2desk4j.feign.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scripted raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: each connection
 * and each request it reads is handed to a {@link Script} that may answer, stall, drip, reset or
 * send garbage. It counts the connections it accepts and the requests it reads, so a test can see
 * whether a client repeated a request by itself. One thread per connection; {@link #close()} ends
 * them all.
 */
public final class HostileServer implements AutoCloseable {

  private final ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger closedByClients = new AtomicInteger();
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile Script script = Scripts.answer(200, "{}");
  private volatile Function<ReceivedRequest, Script> router;

  private HostileServer() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "hostile-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server on a free loopback port, answering {@code 200 {}} until scripted. */
  public static HostileServer start() throws IOException {
    return new HostileServer();
  }

  /** The base URL to point a client at. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** Plays {@code script} on every connection or request from now on. */
  public HostileServer script(Script script) {
    this.router = null;
    this.script = Objects.requireNonNull(script, "script");
    return this;
  }

  /** Chooses the script of each request by the request, such as by its token. */
  public HostileServer route(Function<ReceivedRequest, Script> router) {
    this.router = Objects.requireNonNull(router, "router");
    return this;
  }

  /** How many connections clients have opened. */
  public int connections() {
    return connections.get();
  }

  /**
   * How many held connections (stalled or dripping) the client closed, proving it let go of them.
   */
  public int closedByClients() {
    return closedByClients.get();
  }

  /** The requests read completely, in order. */
  public List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  /** Forgets the requests and connections counted so far. */
  public void resetCounts() {
    received.clear();
    connections.set(0);
    closedByClients.set(0);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Already closed by one side.
      }
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        connections.incrementAndGet();
        sockets.add(socket);
        Thread handler = new Thread(() -> serve(socket), "hostile-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!socket.isClosed()) {
        Script first = script;
        if (router == null && first.beforeRequest()) {
          first.play(new Exchange(socket, in, out, null, closedByClients::incrementAndGet));
          return;
        }
        ReceivedRequest request = read(in);
        if (request == null) {
          return;
        }
        received.add(request);
        // Chosen after reading: a test may change the script while a kept-alive connection waits.
        Function<ReceivedRequest, Script> chooser = router;
        Script chosen = chooser == null ? script : chooser.apply(request);
        chosen.play(new Exchange(socket, in, out, request, closedByClients::incrementAndGet));
      }
    } catch (IOException dropped) {
      // The client went away; the next connection is another thread's.
    } finally {
      sockets.remove(socket);
    }
  }

  /** Reads one request: head up to the blank line, body by Content-Length; null at EOF. */
  private static ReceivedRequest read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.put(
            header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    String[] parts = requestLine.split(" ");
    return new ReceivedRequest(parts[0], parts.length > 1 ? parts[1] : "", headers, body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
