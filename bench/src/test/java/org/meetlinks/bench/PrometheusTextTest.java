package org.meetlinks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    private static final String SCRAPE = """
            # HELP meetlinks_links_total
            # TYPE meetlinks_links_total counter
            meetlinks_links_total{mp_scope="application",outcome="LINKED",platform="ZOOM"} 12.0
            meetlinks_links_total{mp_scope="application",outcome="LINKED",platform="GOOGLE_MEET"} 30.0
            meetlinks_links_total{mp_scope="application",outcome="TRANSIENT",platform="ZOOM"} 2.0
            meetlinks_time_to_link_seconds_bucket{mp_scope="application",platform="ZOOM",le="5.0"} 11.0
            meetlinks_time_to_link_seconds_count{mp_scope="application",platform="ZOOM"} 12.0
            """;

    @Test
    void sums_the_samples_with_the_given_labels() {
        PrometheusText text = new PrometheusText(SCRAPE);

        assertThat(text.sum("meetlinks_links_total")).isEqualTo(44.0);
        assertThat(text.sum("meetlinks_links_total", "outcome", "LINKED")).isEqualTo(42.0);
        assertThat(text.sum("meetlinks_links_total", "outcome", "LINKED", "platform", "ZOOM"))
                .isEqualTo(12.0);
        assertThat(text.sum("meetlinks_time_to_link_seconds_bucket", "le", "5.0"))
                .isEqualTo(11.0);
        assertThat(text.sum("meetlinks_unknown")).isZero();
        assertThat(text.labelValues("meetlinks_links_total", "outcome")).containsExactly("LINKED", "TRANSIENT");
    }
}
