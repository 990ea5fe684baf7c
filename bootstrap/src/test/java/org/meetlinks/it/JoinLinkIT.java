package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The public join URL: placeholder page first, redirect once there is a link, gone when cancelled. */
class JoinLinkIT {
    private final String booker = token("booking-platform", "booking-system");

    @Test
    void the_join_url_shows_a_placeholder_then_redirects_to_the_mentors_link() {
        String sessionId = Bookings.newSessionId();
        String joinUrl = Api.json(Api.post(
                        "/api/booking-events",
                        booker,
                        Bookings.confirmed(
                                Bookings.newEventId(), sessionId, "m-join-1", "e-join-1", "Career <b>chat</b>")))
                .getJsonObject("meetingLink")
                .getString("joinUrl");

        HttpResponse<String> placeholder = Api.getAbsolute(joinUrl);
        assertThat(placeholder.statusCode()).isEqualTo(200);
        assertThat(placeholder.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(placeholder.body())
                .contains("not ready yet", "Career &lt;b&gt;chat&lt;/b&gt;")
                .doesNotContain("<b>chat");
        assertThat(placeholder.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");

        HttpResponse<String> set = Api.put(
                "/api/sessions/" + sessionId + "/meeting-link",
                token("m-join-1", "mentor"),
                "{\"url\":\"https://whereby.com/ada-lovelace\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(Api.json(set).getString("status")).isEqualTo("ACTIVE");
        assertThat(Api.json(set).getString("platform")).isEqualTo("MANUAL");

        HttpResponse<String> redirect = Api.getAbsolute(joinUrl);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).contains("https://whereby.com/ada-lovelace");
    }

    @Test
    void a_cancelled_sessions_join_url_says_so() {
        String sessionId = Bookings.newSessionId();
        String joinUrl = Api.json(Api.post(
                        "/api/booking-events",
                        booker,
                        Bookings.confirmed(Bookings.newEventId(), sessionId, "m-join-2", "e-join-2")))
                .getJsonObject("meetingLink")
                .getString("joinUrl");
        Api.post("/api/booking-events", booker, Bookings.cancelled(Bookings.newEventId(), sessionId));

        HttpResponse<String> gone = Api.getAbsolute(joinUrl);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("cancelled");
    }

    @Test
    void an_unknown_or_malformed_token_is_a_404_page() {
        assertThat(Api.getAbsolute(Api.BASE + "/join/" + "A".repeat(43)).statusCode())
                .isEqualTo(404);
        assertThat(Api.getAbsolute(Api.BASE + "/join/not-a-token").statusCode()).isEqualTo(404);
    }
}
