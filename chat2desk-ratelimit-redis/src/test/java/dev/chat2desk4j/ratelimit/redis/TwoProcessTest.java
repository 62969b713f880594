package dev.chat2desk4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.mock.Chat2DeskMockServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two JVMs, this one and a {@link FleetMember}, call one account through limiters of one secret:
 * together they keep to one bucket's budget, so each gets fewer calls through than it would alone.
 */
class TwoProcessTest {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private static final int RATE = 10;
  private static final int BURST = 5;
  private static final int SECONDS = 3;
  private static final int THREADS = 2;
  private static final String TOKEN = "token-two-jvms-" + UUID.randomUUID();
  private static final String WARM_UP_TOKEN = "token-warm-up-" + UUID.randomUUID();
  private static final Pattern RESULT =
      Pattern.compile("answered=(\\d+) rejected=(\\d+) failures=(\\d+)");

  @Test
  void twoJvms_oneAccount_drawFromOneBucket() throws Exception {
    String secret = "secret-" + UUID.randomUUID();
    try (Chat2DeskMockServer server =
            Chat2DeskMockServer.builder()
                .token(TOKEN)
                .token(WARM_UP_TOKEN)
                .rateLimitPerSecond(RATE + BURST)
                .build();
        Instance here =
            Instance.start(
                REDIS.uri(),
                secret,
                AccountLimit.of(RATE, BURST),
                server.start().baseUrl(),
                TOKEN,
                b -> b.storeTimeout(Instance.UNHURRIED_STORE))) {
      here.warmUp(WARM_UP_TOKEN);
      Process other = startFleetMember(server, secret);
      try {
        BlockingQueue<String> lines = linesOf(other);
        assertThat(lines.poll(60, TimeUnit.SECONDS)).as("the other JVM's start").isEqualTo("ready");

        try (Writer go = other.outputWriter(StandardCharsets.UTF_8)) {
          go.write("go\n");
        }
        long start = System.nanoTime();
        CallLoop.Result mine = CallLoop.run(here.client, THREADS, Duration.ofSeconds(SECONDS));
        String theirs = lines.poll(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        Matcher result = RESULT.matcher(String.valueOf(theirs));
        assertThat(result.matches()).as("the other JVM's result: %s", theirs).isTrue();
        int theirAnswered = Integer.parseInt(result.group(1));
        assertThat(Integer.parseInt(result.group(3))).as("the other JVM's failures").isZero();
        assertThat(mine.failures()).isEmpty();
        assertThat(server.requestCounts())
            .filteredOn(second -> second.account().equals(server.state().account(TOKEN).label()))
            .allSatisfy(
                second -> {
                  assertThat(second.requests()).isLessThanOrEqualTo(RATE + BURST);
                  assertThat(second.limited()).isZero();
                });
        int alone = BURST + RATE * SECONDS; // what one JVM with a bucket of its own would get
        assertThat(List.of(mine.answered(), theirAnswered))
            .allSatisfy(answered -> assertThat(answered).isPositive().isLessThan(alone));
        assertThat(mine.answered() + theirAnswered)
            .isLessThanOrEqualTo(BURST + (int) Math.ceil(RATE * seconds));
      } finally {
        other.destroyForcibly();
      }
    }
  }

  private static Process startFleetMember(Chat2DeskMockServer server, String secret)
      throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            FleetMember.class.getName(),
            REDIS.uri(),
            server.baseUrl().toString(),
            TOKEN,
            secret,
            String.valueOf(RATE),
            String.valueOf(BURST),
            String.valueOf(SECONDS),
            String.valueOf(THREADS),
            WARM_UP_TOKEN);
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(new File("target/fleet-member.log")))
        .start();
  }

  private static BlockingQueue<String> linesOf(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("unreadable: " + e);
              }
            },
            "fleet-member-output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}
