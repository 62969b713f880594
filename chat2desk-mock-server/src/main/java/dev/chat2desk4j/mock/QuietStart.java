package dev.chat2desk4j.mock;

import java.io.OutputStream;
import java.io.PrintStream;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Starts Javalin without its "It looks like you don't have a logger in your project" banner, which
 * Javalin 7 prints to stderr on every start when no SLF4J provider is present (a consumer's test
 * run, typically) and has no setting for. Only then, and only for the thread that starts the
 * server, stderr is muted while Javalin starts; other threads' output passes, and SLF4J's own
 * one-line warning about the missing provider still appears once. {@code QuietStartTest} shows the
 * banner in such a JVM and its absence from a server start.
 */
final class QuietStart {

  private static final Object SWAP = new Object();

  private QuietStart() {}

  /** Runs {@code start}, muting this thread's stderr when SLF4J has no provider. */
  static void run(Runnable start) {
    if (!(LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory)) {
      start.run();
      return;
    }
    synchronized (SWAP) {
      PrintStream original = System.err;
      Thread starter = Thread.currentThread();
      System.setErr(new PrintStream(new OtherThreadsOnly(original, starter), true));
      try {
        start.run();
      } finally {
        System.setErr(original);
      }
    }
  }

  /** Passes on what every thread but one writes. */
  private static final class OtherThreadsOnly extends OutputStream {
    private final PrintStream target;
    private final Thread muted;

    OtherThreadsOnly(PrintStream target, Thread muted) {
      this.target = target;
      this.muted = muted;
    }

    @Override
    public void write(int b) {
      if (Thread.currentThread() != muted) {
        target.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (Thread.currentThread() != muted) {
        target.write(bytes, offset, length);
      }
    }

    @Override
    public void flush() {
      target.flush();
    }
  }
}
