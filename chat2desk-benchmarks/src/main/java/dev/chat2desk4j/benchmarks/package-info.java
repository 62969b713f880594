/**
 * Benchmarks of chat2desk4j, not published: the fake server against WireMock under load and at cold
 * start ({@link dev.chat2desk4j.benchmarks.ServerLoadBenchmark}, {@link
 * dev.chat2desk4j.benchmarks.ColdStartBenchmark}), the client stack against a bare HTTP call
 * ({@link dev.chat2desk4j.benchmarks.ClientRoundTripBenchmark}), and the fake's message store
 * ({@link dev.chat2desk4j.benchmarks.MessageStoreBenchmark}, {@link
 * dev.chat2desk4j.benchmarks.MemoryFootprint}). The commands that run them are in {@code
 * BENCHMARKS.md}; none runs during the build.
 *
 * <p>Parameters and return values are non-null unless documented otherwise. Nothing here is meant
 * to be shared between threads unless its Javadoc says so.
 */
package dev.chat2desk4j.benchmarks;
