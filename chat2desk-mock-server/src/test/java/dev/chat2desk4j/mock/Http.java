package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny JDK HttpClient wrapper for tests: sends a request, returns status, headers and body. */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI baseUrl;
  private final String token;
  private final Map<String, String> headers;

  Http(URI baseUrl, String token) {
    this(baseUrl, token, Map.of());
  }

  private Http(URI baseUrl, String token, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.headers = headers;
  }

  Http as(String otherToken) {
    return new Http(baseUrl, otherToken, headers);
  }

  /** This client sending one more header on every request. */
  Http withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Http(baseUrl, token, Map.copyOf(more));
  }

  /** A client of the admin API: no API token, the admin header with this value on every request. */
  static Http admin(URI baseUrl, String adminHeader) {
    return new Http(baseUrl, null).withHeader(Chat2DeskMockServer.ADMIN_HEADER, adminHeader);
  }

  Response get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, null);
  }

  Response post(String pathAndQuery, String json) {
    return send("POST", pathAndQuery, json, "application/json");
  }

  Response put(String pathAndQuery, String json) {
    return send("PUT", pathAndQuery, json, "application/json");
  }

  Response delete(String pathAndQuery) {
    return send("DELETE", pathAndQuery, null, null);
  }

  Response send(String method, String pathAndQuery, String body, String contentType) {
    return send(method, pathAndQuery, body, contentType, Duration.ofSeconds(10));
  }

  Response send(
      String method, String pathAndQuery, String body, String contentType, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer with its JSON parsed on demand. */
  record Response(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    String body() {
      return raw.body();
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Asserts the status and that the body is exactly this JSON (field order aside). */
    Response is(int status, String expectedJson) {
      assertThat(status()).as("status of %s", raw.uri()).isEqualTo(status);
      try {
        assertThat(json()).isEqualTo(MAPPER.readTree(expectedJson));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  /** Parses JSON text into a tree for comparisons. */
  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Single quotes to double quotes, so expected JSON reads well in Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /**
   * Writes one request as given, byte for byte, and returns everything the server sent until it
   * closed the connection: for what the JDK client would refuse to send or would hide.
   */
  static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Percent-encodes what a URI may not carry raw, keeping the rest as a fuzzer wrote it. */
  static String legalQuery(String query) {
    StringBuilder legal = new StringBuilder();
    byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean escapeStart =
          b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (b < 128 && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/?".indexOf(b) >= 0)
          || escapeStart) {
        legal.append((char) b);
      } else {
        legal.append('%').append(String.format("%02X", b));
      }
    }
    return legal.toString();
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }
}
