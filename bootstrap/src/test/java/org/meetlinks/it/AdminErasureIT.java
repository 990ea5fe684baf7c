package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

/** DELETE /api/admin/mentors/{id}: grants revoked at the provider, nothing of the mentor left, idempotent. */
class AdminErasureIT {

    @Test
    void erasing_a_mentor_revokes_at_the_provider_and_leaves_nothing_of_them() {
        String mentor = "m-erase-it-1";
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        String mentee = "e-erasure-it-1";
        assertThat(Api.post(
                                "/api/booking-events",
                                Api.token("booking-platform", "booking-system"),
                                Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, mentee))
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.put("/api/me/preferences", Api.token(mentor, "mentor"), "{\"defaultPlatform\":\"ZOOM\"}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(Api.delete("/api/admin/mentors/" + mentor, Api.token(mentor, "mentor"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.delete("/api/admin/mentors/" + mentor, Api.token("ops-1", "admin"))
                        .statusCode())
                .isEqualTo(204);

        JsonArray grants =
                Simulator.get("/grants?provider=zoom&account=" + account).getJsonArray("grants");
        assertThat(grants).isNotEmpty();
        assertThat(grants.stream().map(g -> g.asJsonObject().getBoolean("revoked")))
                .containsOnly(true);
        for (String table : new String[] {
            "mentoring_session",
            "meeting_link",
            "provider_connection",
            "mentor_preference",
            "notification_outbox",
            "oauth_authorization",
            "email_link"
        }) {
            assertThat(Database.count("select count(*) from " + table + " t where t::text like ?", "%" + mentor + "%"))
                    .as("%s still mentions the mentor", table)
                    .isZero();
        }
        assertThat(Database.count("select count(*) from mentoring_session where session_id = ?", sessionId))
                .isOne();
        assertThat(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentee, "mentee"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(Api.delete("/api/admin/mentors/" + mentor, Api.token("ops-1", "admin"))
                        .statusCode())
                .isEqualTo(204);
    }
}
