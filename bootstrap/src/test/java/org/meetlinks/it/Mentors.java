package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.testkit.OAuthRoundTrip;
import org.meetlinks.testkit.TestHttp;

/** A mentor connecting a provider account through the real OAuth round trip (simulator consent auto-approved). */
final class Mentors {
    private Mentors() {}

    /** Connects and returns the simulated account's email ({@code <mentorId>@example.org}). */
    static String connect(String mentorId, String provider) {
        String account = mentorId + "@example.org";
        assertThat(attemptConnect(mentorId, provider)).contains("/mentor/?connected=" + provider);
        return account;
    }

    /**
     * Runs the OAuth round trip with the simulated account {@code <mentorId>@example.org} (consent auto-approved,
     * with whatever scopes the simulator is set to grant); answers where the callback sends the browser.
     */
    static String attemptConnect(String mentorId, String provider) {
        String account = mentorId + "@example.org";
        Simulator.CONTROL.autoApprove(account);
        String mentor = Api.token(mentorId, "mentor");
        HttpResponse<String> authorize = Api.post("/api/me/connections/" + provider + "/authorize", mentor, "");
        assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(200);
        String consentUrl = Api.json(authorize).getString("authorizationUrl");
        assertThat(consentUrl)
                .startsWith(Simulator.BASE)
                .contains("code_challenge_method=S256")
                .contains("state=");

        OAuthRoundTrip.Hops hops = OAuthRoundTrip.follow(consentUrl, TestHttp.cookieSetBy(authorize));
        assertThat(hops.consentStatus()).isEqualTo(302);
        assertThat(hops.callback()).startsWith(Api.BASE + "/oauth/" + provider + "/callback");
        assertThat(hops.callbackStatus()).isEqualTo(303);
        return hops.landing();
    }

    /** The booking system confirms a session of this mentor; answers the session's link. */
    static JsonObject confirm(String sessionId, String mentorId) {
        HttpResponse<String> response = Api.post(
                "/api/booking-events",
                Api.token("booking-platform", "booking-system"),
                Bookings.confirmed(Bookings.newEventId(), sessionId, mentorId, "e-" + mentorId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response).getJsonObject("meetingLink");
    }

    /**
     * The booking system confirms a session, and the test waits for its real link: the REST answer comes after a
     * short wait and may still say PENDING on a busy machine, which is not what these tests are about.
     */
    static JsonObject confirmActive(String sessionId, String mentorId) {
        JsonObject answered = confirm(sessionId, mentorId);
        return answered.getString("status").equals("ACTIVE") ? answered : awaitActiveLink(sessionId, mentorId);
    }

    /** Waits (up to 40 s: background retries) until the session's link is ACTIVE; answers it. */
    static JsonObject awaitActiveLink(String sessionId, String mentorId) {
        return Eventually.await("an active link for " + sessionId, Duration.ofSeconds(40), () -> {
            JsonObject now =
                    Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
            return now.getString("status").equals("ACTIVE") ? Optional.of(now) : Optional.empty();
        });
    }

    static String connectionStatus(String mentorId, String provider) {
        return Api.jsonArray(Api.get("/api/me/connections", Api.token(mentorId, "mentor"))).stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("provider").equals(provider))
                .findFirst()
                .orElseThrow()
                .getString("status");
    }
}
