package dev.chat2desk4j.ratelimit.redis;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Another instance of the application in a JVM of its own, for {@link TwoProcessTest}: it builds
 * its {@link Instance}, prints {@code ready}, waits for {@code go} on stdin, calls the account for
 * the given seconds and prints what it saw ({@link CallLoop.Result#line()}).
 *
 * <p>Arguments: Redis URI, the API's base URL, token, secret, rate, burst, seconds, threads, the
 * token of the account it warms up with.
 */
public final class FleetMember {

  private FleetMember() {}

  /** Runs one instance; see the class Javadoc. */
  public static void main(String[] args) throws Exception {
    try (Instance instance =
        Instance.start(
            args[0],
            args[3],
            AccountLimit.of(Double.parseDouble(args[4]), Long.parseLong(args[5])),
            URI.create(args[1]),
            args[2],
            b -> b.storeTimeout(Instance.UNHURRIED_STORE))) {
      instance.warmUp(args[8]);
      System.out.println("ready");
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (!"go".equals(in.readLine())) {
        System.exit(2);
      }
      CallLoop.Result result =
          CallLoop.run(
              instance.client,
              Integer.parseInt(args[7]),
              Duration.ofSeconds(Long.parseLong(args[6])));
      System.out.println(result.line());
      result.failures().forEach(failure -> failure.printStackTrace(System.err));
    }
  }
}
