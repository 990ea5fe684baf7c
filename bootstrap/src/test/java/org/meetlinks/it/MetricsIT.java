package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * /metrics shows link outcomes per platform, the time to link with its buckets, provider time, the sessions
 * still awaiting a link, the connections needing a reconnect, and visits to the "not ready yet" page.
 */
class MetricsIT {

    @Test
    void link_outcomes_time_to_link_and_placeholder_visits_are_published() {
        Mentors.connect("m-metrics-1", "google");
        Mentors.confirm(Bookings.newSessionId(), "m-metrics-1");
        String waiting = Mentors.confirm(Bookings.newSessionId(), "m-metrics-2").getString("joinUrl");
        assertThat(Api.getAbsolute(waiting).statusCode()).isEqualTo(200);

        String metrics = Metrics.scrape();
        assertThat(metrics)
                .contains("meetlinks_links_total")
                .contains("outcome=\"LINKED\"")
                .contains("meetlinks_provider_create")
                .contains("meetlinks_join_not_ready_total");
        assertThat(Metrics.value(
                        metrics, "meetlinks_time_to_link_seconds_bucket", "le=\"5.0\"", "platform=\"GOOGLE_MEET\""))
                .hasValueSatisfying(v -> assertThat(v).isPositive());
    }

    @Test
    void sessions_awaiting_a_link_and_connections_needing_a_reconnect_are_counted() {
        String account = Mentors.connect("m-metrics-3", "zoom");
        Simulator.control("/grants/zoom/invalidate?account=" + account, "{}");
        assertThat(Mentors.confirm(Bookings.newSessionId(), "m-metrics-3").getString("status"))
                .isEqualTo("AWAITING_MANUAL_LINK");
        assertThat(Mentors.connectionStatus("m-metrics-3", "zoom")).isEqualTo("NEEDS_RECONNECT");

        Eventually.await(
                "the gauges to count the waiting session and the dead Zoom grant", Duration.ofSeconds(20), () -> {
                    String metrics = Metrics.scrape();
                    Optional<Double> awaiting = Metrics.value(
                            metrics, "meetlinks_sessions_awaiting_link", "status=\"AWAITING_MANUAL_LINK\"");
                    Optional<Double> reconnect =
                            Metrics.value(metrics, "meetlinks_connections_needing_reconnect", "platform=\"ZOOM\"");
                    return awaiting.filter(a -> a >= 1).flatMap(a -> reconnect.filter(r -> r >= 1));
                });
    }
}
