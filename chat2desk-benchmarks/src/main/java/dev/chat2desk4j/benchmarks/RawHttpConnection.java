package dev.chat2desk4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A keep-alive HTTP/1.1 connection that writes prepared requests and reads whole answers, with as
 * little client-side work as possible so that the load generator measures the server. Not
 * thread-safe: one connection per load thread.
 */
final class RawHttpConnection implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final StringBuilder line = new StringBuilder(128);

  RawHttpConnection(int port, int timeoutMillis) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  /** Sends one request and reads its whole answer. */
  RawResponse exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String statusLine = readLine();
    if (!statusLine.startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] body;
    if (chunked) {
      body = readChunked();
    } else if (length >= 0) {
      body = readExactly((int) length);
    } else {
      body = in.readAllBytes();
      close = true;
    }
    return new RawResponse(status, body, close);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(semicolon < 0 ? sizeLine.trim() : sizeLine.substring(0, semicolon), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers, ignored
        }
        return body.toByteArray();
      }
      body.write(readExactly(size));
      readLine();
    }
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("The answer ended after " + bytes.length + " of " + length + " bytes");
    }
    return bytes;
  }

  private String readLine() throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    throw new EOFException("The connection closed mid-answer");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param body the body bytes, de-chunked
   * @param close whether the server ends the connection after it
   */
  record RawResponse(int status, byte[] body, boolean close) {

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
