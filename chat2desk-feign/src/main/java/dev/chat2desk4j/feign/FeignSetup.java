package dev.chat2desk4j.feign;

import feign.Feign;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every token view of one {@link FeignChat2Desk} shares: the HTTP transport with its
 * connection pool, the configuration, and whether the owner closed it. Builds one Feign proxy per
 * token over the shared transport.
 */
final class FeignSetup {

  static final Logger LOG = LoggerFactory.getLogger(FeignChat2Desk.class);

  static final String VERSION = readVersion();

  private final HttpTransport transport;
  private final URI baseUrl;
  private final String userAgent;
  private final LogLevel logLevel;
  private final Clock clock;
  private final long maxResponseSize;
  private final AtomicBoolean closed = new AtomicBoolean();

  FeignSetup(
      HttpTransport transport,
      URI baseUrl,
      String userAgent,
      LogLevel logLevel,
      Clock clock,
      long maxResponseSize) {
    this.transport = transport;
    this.baseUrl = baseUrl;
    this.userAgent = userAgent;
    this.logLevel = logLevel;
    this.clock = clock;
    this.maxResponseSize = maxResponseSize;
  }

  /** The Feign proxy acting with {@code token}, masking it with {@code redactor} wherever shown. */
  Chat2DeskApi api(String token, Redactor redactor) {
    ErrorMapping errors = new ErrorMapping(WireJson.MAPPER, redactor, clock);
    return Feign.builder()
        .client(transport.client())
        .options(transport.options())
        // Retries belong to the resilience module; a Retry-After must not make Feign repeat a call.
        .retryer(Retryer.NEVER_RETRY)
        .encoder(new JacksonEncoder(WireJson.MAPPER))
        .decoder(new EnvelopeDecoder(WireJson.MAPPER, errors, maxResponseSize))
        .errorDecoder(errors)
        .logger(new RedactingLogger(LOG, redactor, maxResponseSize))
        .logLevel(logLevel.feignLevel())
        // Literal headers: a token or user agent containing "{...}" is not a Feign template.
        .requestInterceptor(
            template ->
                template
                    .headerLiteral("Authorization", token)
                    .headerLiteral("User-Agent", userAgent)
                    .headerLiteral("Accept", "application/json"))
        .target(new BaseUrlTarget<>(Chat2DeskApi.class, baseUrl.toString()));
  }

  HttpTransport transport() {
    return transport;
  }

  URI baseUrl() {
    return baseUrl;
  }

  boolean isClosed() {
    return closed.get();
  }

  void close() {
    if (closed.compareAndSet(false, true)) {
      transport.release().run();
    }
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = FeignSetup.class.getResourceAsStream("chat2desk4j-feign.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }
}
