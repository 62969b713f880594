package dev.chat2desk4j.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured values. */
final class Stats {

  private Stats() {}

  /** The median of the values (the mean of the middle two for an even count). */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("No values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * The nearest-rank percentile of values sorted ascending.
   *
   * @param percent from 0 (exclusive) to 100
   */
  static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("No values");
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  /** Joins per-thread samples into one sorted array. */
  static long[] sortedUnion(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(part -> part.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.sort(all);
    return all;
  }
}
