package dev.chat2desk4j.benchmarks;

import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to list one client's latest 20 messages (newest first) from the fake's {@link MockState}
 * when the account stores 1 000 or 1 000 000 messages, spread round-robin over {@value #CLIENTS}
 * clients, so that the listed client holds a tenth of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MessageStoreBenchmark {

  static final int CLIENTS = 10;

  /** How many messages the account stores in all. */
  @Param({"1000", "1000000"})
  public int storedMessages;

  private MockAccount account;
  private ListMessages latest;

  /** Fills a new account with {@link #storedMessages} messages. */
  @Setup(Level.Trial)
  public void fill() {
    account = fill(MockState.create().addAccount("bench-token"), storedMessages);
    latest = ListMessages.of(1).withLimit(20).withOrder(SortOrder.DESC);
  }

  /** Creates {@value #CLIENTS} clients and stores {@code count} incoming messages round-robin. */
  static MockAccount fill(MockAccount account, int count) {
    for (int i = 1; i <= CLIENTS; i++) {
      account.createClient("Client " + i, "7900" + (1_000_000 + i));
    }
    for (int i = 0; i < count; i++) {
      account.receiveMessage(1 + i % CLIENTS, "Message " + i + " about order #" + (i % 9973));
    }
    return account;
  }

  /** Lists client 1's latest 20 messages. */
  @Benchmark
  public Page<Message> latestTwentyOfOneClient() {
    return account.listMessages(latest);
  }
}
