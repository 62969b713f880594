package dev.chat2desk4j.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * This project's webhook signature, and the one place it is defined: the header {@value #HEADER}
 * carries {@code sha256=} and the lower-case hex HMAC-SHA256 of the raw body, keyed with the
 * webhook's secret. The real service's signing scheme is not public, so this is ours: the fake
 * signs its deliveries this way when a webhook has a secret, and a receiver checks them with {@link
 * #verify(byte[], String, byte[])}.
 */
public final class WebhookSignature {

  /** The header that carries the signature (ours). */
  public static final String HEADER = "X-Chat2Desk-Signature";

  /** The header this project's fake puts the event id in, beside the payload's {@code event_id}. */
  public static final String EVENT_ID_HEADER = "X-Chat2Desk-Event-Id";

  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /**
   * The header value for a body: {@code sha256=<hex>}.
   *
   * @param body the exact bytes sent
   * @param secret the webhook's secret; not empty
   */
  public static String sign(byte[] body, byte[] secret) {
    return PREFIX + HexFormat.of().formatHex(mac(body, secret));
  }

  /**
   * Whether a header value is the signature of this body with this secret, compared in constant
   * time ({@link MessageDigest#isEqual}). A missing or malformed header is simply not valid.
   *
   * @param body the exact bytes received, before any parsing
   * @param header the {@value #HEADER} value, or null
   * @param secret the webhook's secret; not empty
   */
  public static boolean verify(byte[] body, String header, byte[] secret) {
    byte[] expected = mac(body, secret);
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  /** Like {@link #verify(byte[], String, byte[])} with a secret given as UTF-8 text. */
  public static boolean verify(byte[] body, String header, String secret) {
    Objects.requireNonNull(secret, "secret");
    return verify(body, header, secret.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(byte[] body, byte[] secret) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(secret, "secret");
    if (secret.length == 0) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
    }
  }
}
