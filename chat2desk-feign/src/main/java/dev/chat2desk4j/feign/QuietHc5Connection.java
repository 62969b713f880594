package dev.chat2desk4j.feign;

import java.io.IOException;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HttpClient 5's connection with its two logs made safe for the API token. HttpClient's own
 * connection writes every request header to the {@code org.apache.hc.client5.http.headers} logger
 * at DEBUG, {@code Authorization} included, and every byte to {@code
 * org.apache.hc.client5.http.wire}. This one logs the request headers with {@code Authorization}
 * masked, and never attaches the wire log, whose byte dumps cannot be masked reliably.
 */
final class QuietHc5Connection extends DefaultManagedHttpClientConnection {

  /** Builds these connections for the pool, as HttpClient's default factory builds its own. */
  static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY =
      socket -> {
        QuietHc5Connection connection = new QuietHc5Connection();
        if (socket != null) {
          connection.bind(socket);
        }
        return connection;
      };

  /** The logger HttpClient writes headers to, so the masked lines land where users look. */
  static final Logger HEADERS = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");

  private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization");
  private static final AtomicLong COUNTER = new AtomicLong();

  private final String name;

  private QuietHc5Connection() {
    this("chat2desk4j-hc5-" + COUNTER.getAndIncrement());
  }

  private QuietHc5Connection(String name) {
    super(name);
    this.name = name;
  }

  @Override
  public void bind(Socket socket) throws IOException {
    bind(new SocketHolder(socket));
  }

  @Override
  public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
    bind(new SocketHolder(sslSocket, socket));
  }

  @Override
  protected void onRequestSubmitted(ClassicHttpRequest request) {
    if (request == null || !HEADERS.isDebugEnabled()) {
      return;
    }
    HEADERS.debug("{} >> {}", name, new RequestLine(request));
    for (Header header : request.getHeaders()) {
      boolean secret = SECRET.contains(header.getName().toLowerCase(Locale.ROOT));
      HEADERS.debug(
          "{} >> {}: {}", name, header.getName(), secret ? Redactor.MASK : header.getValue());
    }
  }
}
