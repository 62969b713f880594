package dev.chat2desk4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void median_oddCount_middleValue() {
    assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
  }

  @Test
  void median_evenCount_meanOfMiddleTwo() {
    assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }

  @Test
  void percentile_nearestRank_valueAtRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i + 1;
    }

    assertThat(Stats.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Stats.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Stats.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void sortedUnion_severalParts_oneSortedArray() {
    assertThat(Stats.sortedUnion(List.of(new long[] {5, 1}, new long[] {}, new long[] {3})))
        .containsExactly(1, 3, 5);
  }

  @Test
  void median_noValues_throws() {
    assertThatThrownBy(() -> Stats.median(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No values");
  }
}
