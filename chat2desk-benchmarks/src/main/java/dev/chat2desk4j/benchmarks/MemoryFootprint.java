package dev.chat2desk4j.benchmarks;

import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap that the fake's {@link MockState} holds for 1 000 000 stored messages: used heap after
 * full collections, before and after storing them (the same data as {@link MessageStoreBenchmark}).
 * Run it in a JVM of its own with a fixed heap; it prints the JVM's options with the figures.
 *
 * <p>Options: {@code --messages=1000000 --runs=3}.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /** Measures and prints the heap held per stored message. */
  public static void main(String[] args) {
    BenchArgs options = new BenchArgs(args);
    int messages = options.integer("messages", 1_000_000);
    int runs = options.integer("runs", 3);
    options.requireAllUsed();
    System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int run = 1; run <= runs; run++) {
      MockState state = MockState.create();
      MockAccount account = state.addAccount("bench-token");
      long before = usedAfterGc(memory);
      long start = System.nanoTime();
      MessageStoreBenchmark.fill(account, messages);
      double fillSeconds = (System.nanoTime() - start) / 1e9;
      long after = usedAfterGc(memory);
      long retained = after - before;
      System.out.printf(
          "run %d: %d messages stored in %.1f s; heap used %.1f MB -> %.1f MB: %.1f MB retained,"
              + " %.0f bytes per message (%s)%n",
          run,
          account.messages().size(),
          fillSeconds,
          before / 1e6,
          after / 1e6,
          retained / 1e6,
          (double) retained / messages,
          account);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    // A few collections until the figure settles: one may leave garbage that a finaliser or a
    // reference queue still holds.
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - now) < 64 * 1024) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
