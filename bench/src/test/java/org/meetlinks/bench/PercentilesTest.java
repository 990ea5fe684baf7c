package org.meetlinks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearest_rank_of_one_to_a_hundred() {
        Percentiles p = Percentiles.of(
                IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray());

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void one_slow_value_in_a_thousand_shows_in_the_max_not_the_p99() {
        double[] values =
                IntStream.range(0, 1000).mapToDouble(i -> i == 500 ? 9000 : 300).toArray();

        Percentiles p = Percentiles.of(values);

        assertThat(p.p99()).isEqualTo(300);
        assertThat(p.max()).isEqualTo(9000);
    }

    @Test
    void no_values_give_no_numbers() {
        assertThat(Percentiles.of(new double[0]).p99()).isNaN();
    }
}
