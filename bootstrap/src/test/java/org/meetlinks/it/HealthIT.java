package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Readiness covers the database and the booking-event queue. */
class HealthIT {

    @Test
    void readiness_reports_database_and_queue_up() {
        HttpResponse<String> response = Api.get("/health/ready", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Api.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").stream()
                        .map(c -> c.asJsonObject().getString("name")))
                .contains("database", "booking-event-queue");
    }
}
