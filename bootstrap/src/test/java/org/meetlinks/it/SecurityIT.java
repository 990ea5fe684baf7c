package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every /api endpoint needs a valid token; people only see their own sessions. */
class SecurityIT {
    private static final String SESSION = Bookings.newSessionId();

    @BeforeAll
    static void confirmSession() {
        Api.post(
                "/api/booking-events",
                token("booking-platform", "booking-system"),
                Bookings.confirmed(Bookings.newEventId(), SESSION, "m-sec-1", "e-sec-1"));
    }

    @Test
    void no_token_is_401() {
        assertThat(Api.get("/api/sessions/" + SESSION + "/meeting-link", null).statusCode())
                .isEqualTo(401);
        assertThat(Api.post("/api/booking-events", null, Bookings.cancelled("e", SESSION))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_token_signed_by_another_key_or_issuer_is_401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Api.token(
                "m-sec-1",
                "mentor",
                "https://meetlinks.dev/issuer",
                generator.generateKeyPair().getPrivate());
        assertThat(Api.get("/api/sessions/" + SESSION + "/meeting-link", forged).statusCode())
                .isEqualTo(401);
    }

    @Test
    void someone_elses_session_is_404_as_if_it_did_not_exist() {
        assertThat(Api.get("/api/sessions/" + SESSION + "/meeting-link", token("m-other", "mentor"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(Api.put(
                                "/api/sessions/" + SESSION + "/meeting-link",
                                token("e-other", "mentee"),
                                "{\"url\":\"https://example.org/room\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_mentee_may_read_but_not_set_the_link() {
        assertThat(Api.put(
                                "/api/sessions/" + SESSION + "/meeting-link",
                                token("e-sec-1", "mentee"),
                                "{\"url\":\"https://example.org/room\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void only_the_booking_system_posts_booking_events() {
        assertThat(Api.post(
                                "/api/booking-events",
                                token("m-sec-1", "mentor"),
                                Bookings.cancelled(Bookings.newEventId(), SESSION))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_admin_can_read_any_session() {
        assertThat(Api.get("/api/sessions/" + SESSION + "/meeting-link", token("ops-1", "admin"))
                        .statusCode())
                .isEqualTo(200);
    }
}
