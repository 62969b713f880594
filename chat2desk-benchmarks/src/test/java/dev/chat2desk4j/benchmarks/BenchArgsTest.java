package dev.chat2desk4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchArgsTest {

  @Test
  void integer_givenAndMissing_valueOrDefault() {
    BenchArgs args = new BenchArgs("--runs=5", "");

    assertThat(args.integer("runs", 7)).isEqualTo(5);
    assertThat(args.integer("seconds", 3)).isEqualTo(3);
  }

  @Test
  void requireAllUsed_unknownOption_throws() {
    BenchArgs args = new BenchArgs("--rnus=5");

    assertThatThrownBy(args::requireAllUsed)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rnus");
  }

  @Test
  void constructor_notAnOption_throws() {
    assertThatThrownBy(() -> new BenchArgs("runs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--name=value");
  }
}
