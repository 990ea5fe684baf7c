package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What each person reads of a link over the API: the mentee gets words for them, not the internals. */
class MenteeViewIT {

    @Test
    void the_mentee_sees_no_failure_reason_or_creator_and_a_status_text_written_for_them() {
        String mentorId = "m-view-" + System.nanoTime();
        String sessionId = Bookings.newSessionId();
        Mentors.confirm(sessionId, mentorId); // no account connected: waits for the mentor's manual link

        JsonObject mentor =
                Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
        JsonObject mentee =
                Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token("e-" + mentorId, "mentee")));

        assertThat(mentor.getString("failureReason")).isNotBlank();
        assertThat(mentor.getString("statusText")).isEqualTo("Waiting for your manual link");
        assertThat(mentee.containsKey("failureReason")).isFalse();
        assertThat(mentee.containsKey("creatorId")).isFalse();
        assertThat(mentee.getString("statusText")).isEqualTo("Waiting for the mentor's manual link");
        assertThat(mentee.getString("joinUrl")).isEqualTo(mentor.getString("joinUrl"));
    }
}
