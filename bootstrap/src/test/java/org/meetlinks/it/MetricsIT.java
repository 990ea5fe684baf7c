package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** /metrics shows link outcomes per platform, provider time, and visits to the "not ready yet" page. */
class MetricsIT {

    @Test
    void link_outcomes_and_placeholder_visits_are_published() {
        Mentors.connect("m-metrics-1", "google");
        Mentors.confirm(Bookings.newSessionId(), "m-metrics-1");
        String waiting = Mentors.confirm(Bookings.newSessionId(), "m-metrics-2").getString("joinUrl");
        assertThat(Api.getAbsolute(waiting).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = Api.get("/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("meetlinks_links_total")
                .contains("outcome=\"LINKED\"")
                .contains("meetlinks_provider_create")
                .contains("meetlinks_join_not_ready_total");
    }
}
