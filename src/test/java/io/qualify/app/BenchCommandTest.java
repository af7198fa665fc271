package io.qualify.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void takes_percentiles_by_nearest_rank() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        assertThat(BenchCommand.at(sorted, 0.5)).isEqualTo(50);
        assertThat(BenchCommand.at(sorted, 0.95)).isEqualTo(100);
        assertThat(BenchCommand.at(new long[] {7}, 0.95)).isEqualTo(7);
        assertThat(BenchCommand.at(new long[0], 0.5)).isZero();
    }
}
