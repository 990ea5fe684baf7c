package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mentor who unticks a permission on Google's or Zoom's consent page gets no connection: the mentor page is told
 * which permission is missing, the partial grant is revoked, and sessions keep waiting for a usable account.
 */
class PartialConsentIT {

    @AfterEach
    void grantEverythingAgain() {
        Simulator.control("/consent", "{\"grantedScopes\":null}");
    }

    @Test
    void google_without_the_calendar_events_permission_is_not_connected_and_the_page_is_told_why() {
        Simulator.control(
                "/consent",
                "{\"grantedScopes\":" + "[\"https://www.googleapis.com/auth/calendar.calendars.readonly\"]}");

        String back = Mentors.attemptConnect("m-partial-1", "google");

        assertThat(back)
                .contains("/mentor/?provider=google&connectProblem=missing-permissions"
                        + "&missing=google-calendar-events");
        assertThat(Mentors.connectionStatus("m-partial-1", "google")).isEqualTo("NOT_CONNECTED");
        assertRevoked("google", "m-partial-1@example.org");
        assertThat(Mentors.confirm(Bookings.newSessionId(), "m-partial-1").getString("status"))
                .isEqualTo("AWAITING_MANUAL_LINK");
        assertThat(Simulator.meetingCount("google", "m-partial-1@example.org")).isZero();
    }

    @Test
    void zoom_without_the_meeting_write_scope_is_not_connected_and_the_page_is_told_each_missing_permission() {
        Simulator.control("/consent", "{\"grantedScopes\":[\"meeting:read\",\"user:read\"]}");

        String back = URLDecoder.decode(Mentors.attemptConnect("m-partial-2", "zoom"), StandardCharsets.UTF_8);

        assertThat(back)
                .contains("connectProblem=missing-permissions")
                .contains("missing=zoom-meetings-create,zoom-meetings-update,zoom-meetings-delete");
        assertThat(Mentors.connectionStatus("m-partial-2", "zoom")).isEqualTo("NOT_CONNECTED");
        assertRevoked("zoom", "m-partial-2@example.org");
    }

    @Test
    void connecting_again_with_every_permission_works() {
        Simulator.control("/consent", "{\"grantedScopes\":[\"meeting:write\"]}");
        assertThat(Mentors.attemptConnect("m-partial-3", "zoom")).contains("missing=zoom-meetings-list");
        grantEverythingAgain();

        Mentors.connect("m-partial-3", "zoom");

        assertThat(Mentors.connectionStatus("m-partial-3", "zoom")).isEqualTo("CONNECTED");
        assertThat(Mentors.confirm(Bookings.newSessionId(), "m-partial-3").getString("platform"))
                .isEqualTo("ZOOM");
    }

    private static void assertRevoked(String provider, String account) {
        JsonArray grants = Simulator.get("/grants?provider=" + provider + "&account=" + account)
                .getJsonArray("grants");
        assertThat(grants).isNotEmpty();
        assertThat(grants.stream().map(g -> g.asJsonObject().getBoolean("revoked")))
                .containsOnly(true);
    }
}
