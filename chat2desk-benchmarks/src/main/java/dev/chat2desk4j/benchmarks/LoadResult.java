package dev.chat2desk4j.benchmarks;

/**
 * What one load run measured.
 *
 * @param requests the answered requests
 * @param errors the requests that failed or were not answered with 200
 * @param seconds the wall time from the first request to the last answer
 * @param p50Micros the median latency of an answered request in microseconds
 * @param p99Micros the 99th percentile latency in microseconds
 */
record LoadResult(long requests, long errors, double seconds, long p50Micros, long p99Micros) {

  /** Answered requests per second. */
  double requestsPerSecond() {
    return requests / seconds;
  }
}
