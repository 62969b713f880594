package dev.chat2desk4j.ratelimit.redis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Redis key of an account's bucket: {@value #PREFIX} and the hex HMAC-SHA256 of the token,
 * keyed by the secret every instance of the application is configured with. So all instances land
 * on one bucket per account, and Redis, its backups and its monitoring never see a token, nor can
 * anyone without the secret test a guessed token against the keys.
 */
final class AccountKeys {

  static final String PREFIX = "chat2desk4j:rl:";

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec secret;

  AccountKeys(byte[] secret) {
    this.secret = new SecretKeySpec(secret, HMAC);
  }

  /** The key of the account with this token. */
  String key(String token) {
    try {
      // A Mac is not thread-safe; this runs once per client view, so a new one each time is fine.
      Mac mac = Mac.getInstance(HMAC);
      mac.init(secret);
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform has HmacSHA256", e);
    }
  }
}
