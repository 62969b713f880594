package dev.chat2desk4j.ratelimit.redis;

import dev.chat2desk4j.api.CallRejectedException;
import dev.chat2desk4j.api.Chat2Desk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls {@code listClients} from a few threads for a while, as a busy instance of an application
 * would, and counts what happened: calls answered, calls the rate limiter refused, other failures.
 */
final class CallLoop {

  /**
   * What the threads saw.
   *
   * @param answered calls the API answered
   * @param rejected calls refused by a client-side guard ({@link CallRejectedException})
   * @param failures every other failure, such as a 429 from the API
   */
  record Result(int answered, int rejected, List<Throwable> failures) {

    /** One line, as a child process prints it. */
    String line() {
      return "answered=" + answered + " rejected=" + rejected + " failures=" + failures.size();
    }
  }

  private CallLoop() {}

  /** Runs the calls for {@code duration}, each thread starting its next call until then. */
  static Result run(Chat2Desk client, int threads, Duration duration) throws InterruptedException {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < threads; i++) {
      pool.execute(
          () -> {
            while (System.nanoTime() - end < 0) {
              try {
                client.listClients();
                answered.incrementAndGet();
              } catch (CallRejectedException e) {
                rejected.incrementAndGet();
              } catch (RuntimeException e) {
                failures.add(e);
              }
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
      throw new IllegalStateException("calls still running 30 s after the loop's end");
    }
    return new Result(answered.get(), rejected.get(), List.copyOf(failures));
  }
}
