package dev.chat2desk4j.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: a fixed number of keep-alive connections, each with its own thread
 * sending the next request as soon as the previous answer is read, until a time limit or a request
 * budget is reached, whichever comes first.
 */
final class LoadGenerator {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final int port;
  private final String token;
  private final int connections;

  LoadGenerator(int port, String token, int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be positive but was " + connections);
    }
    this.port = port;
    this.token = token;
    this.connections = connections;
  }

  /** Runs one route until {@code limit} has passed or {@code maxRequests} were sent. */
  LoadResult run(BenchRoute route, Duration limit, long maxRequests) throws InterruptedException {
    byte[] request = route.requestBytes(port, token);
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[connections][];
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Worker worker = new Worker(request, budget, deadline, errors);
      int slot = i;
      threads.add(new Thread(() -> latencies[slot] = worker.call(), "load-" + i));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = Stats.sortedUnion(Arrays.asList(latencies));
    if (sorted.length == 0) {
      return new LoadResult(0, errors.get(), seconds, 0, 0);
    }
    return new LoadResult(
        sorted.length,
        errors.get(),
        seconds,
        Stats.percentile(sorted, 50) / 1_000,
        Stats.percentile(sorted, 99) / 1_000);
  }

  private final class Worker {
    private final byte[] request;
    private final AtomicLong budget;
    private final long deadline;
    private final AtomicLong errors;
    private long[] samples = new long[64 * 1024];
    private int count;

    Worker(byte[] request, AtomicLong budget, long deadline, AtomicLong errors) {
      this.request = request;
      this.budget = budget;
      this.deadline = deadline;
      this.errors = errors;
    }

    long[] call() {
      RawHttpConnection connection = null;
      try {
        while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
          try {
            if (connection == null) {
              connection = new RawHttpConnection(port, TIMEOUT_MILLIS);
            }
            long sent = System.nanoTime();
            RawHttpConnection.RawResponse response = connection.exchange(request);
            long took = System.nanoTime() - sent;
            if (response.status() == 200) {
              record(took);
            } else {
              errors.incrementAndGet();
            }
            if (response.close()) {
              connection.close();
              connection = null;
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            connection = closeQuietly(connection);
          }
        }
      } finally {
        closeQuietly(connection);
      }
      return Arrays.copyOf(samples, count);
    }

    private void record(long nanos) {
      if (count == samples.length) {
        samples = Arrays.copyOf(samples, samples.length * 2);
      }
      samples[count++] = nanos;
    }
  }

  private static RawHttpConnection closeQuietly(RawHttpConnection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // The connection is being dropped anyway.
      }
    }
    return null;
  }
}
