package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Provider faults against the time budget: one broken account never slows other mentors, a lasting outage asks
 * the mentor exactly once (after meetlinks.notify.ask-after-seconds, 8 s on the test server), a dead grant once.
 */
class FaultBudgetIT {

    @AfterEach
    void clearFaults() {
        Simulator.clearFaults("zoom");
        Simulator.clearFaults("google");
    }

    @Test
    void one_mentors_account_failing_forever_does_not_delay_another_mentors_sessions() throws Exception {
        // Fails without the per-account accounting: this account's failures alone would open the shared breaker.
        String broken = Mentors.connect("m-broken-1", "zoom");
        Mentors.connect("m-healthy-1", "zoom");
        Simulator.control(
                "/faults",
                "{\"provider\":\"zoom\",\"serverErrorStatus\":500,\"serverErrorRate\":1.0," + "\"accounts\":[\""
                        + broken + "\"]}");
        List<Callable<JsonObject>> brokenSessions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            brokenSessions.add(() -> Mentors.confirm(Bookings.newSessionId(), "m-broken-1"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<JsonObject> link : pool.invokeAll(brokenSessions)) {
                assertThat(link.get().getString("status")).isEqualTo("PENDING");
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 0; i < 3; i++) {
            String sessionId = Bookings.newSessionId();
            Mentors.confirmActive(sessionId, "m-healthy-1");
            assertThat(Database.count(
                            "select count(*) from meeting_link where session_id = ? and attempts = 1 "
                                    + "and updated_at - created_at <= interval '5 seconds'",
                            sessionId))
                    .as("a healthy mentor's session next to a broken account: linked by its first run")
                    .isEqualTo(1);
        }
    }

    @Test
    void one_mentors_dead_grant_does_not_delay_another_mentors_sessions() {
        String dead = Mentors.connect("m-dead-1", "google");
        Mentors.connect("m-healthy-2", "google");
        Simulator.control("/grants/google/invalidate?account=" + dead, "{}");
        for (int i = 0; i < 25; i++) {
            assertThat(Mentors.confirm(Bookings.newSessionId(), "m-dead-1").getString("status"))
                    .isEqualTo("AWAITING_MANUAL_LINK");
        }
        assertThat(Mentors.confirmActive(Bookings.newSessionId(), "m-healthy-2").getString("status"))
                .isEqualTo("ACTIVE");
        assertThat(Database.count(
                        "select count(*) from notification_outbox where recipient_email = ? "
                                + "and kind = 'RECONNECT_PROVIDER'",
                        dead))
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where recipient_email = ? "
                                + "and kind = 'ADD_LINK_MANUALLY'",
                        dead))
                .isZero();
    }

    @Test
    void an_outage_lasting_past_the_configured_time_asks_the_mentor_exactly_once_and_the_link_still_comes() {
        String account = Mentors.connect("m-outage-1", "google");
        Simulator.control(
                "/faults",
                "{\"provider\":\"google\",\"serverErrorStatus\":503,\"serverErrorRate\":1.0,"
                        + "\"operations\":[\"create\"],\"accounts\":[\"" + account + "\"]}");
        String sessionId = Bookings.newSessionId();
        assertThat(Mentors.confirm(sessionId, "m-outage-1").getString("status")).isEqualTo("PENDING");
        assertThat(addLinkEmails(sessionId))
                .as("no email while retries may still succeed")
                .isZero();

        Eventually.await(
                "the mentor asked to add a link",
                Duration.ofSeconds(40),
                () -> addLinkEmails(sessionId) > 0 ? Optional.of(true) : Optional.empty());
        JsonObject waiting =
                Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token("m-outage-1", "mentor")));
        assertThat(waiting.getString("status")).isEqualTo("AWAITING_MANUAL_LINK");
        long attemptsWhenAsked = attempts(sessionId);
        Eventually.await(
                "another background attempt",
                Duration.ofSeconds(60),
                () -> attempts(sessionId) > attemptsWhenAsked ? Optional.of(true) : Optional.empty());
        assertThat(addLinkEmails(sessionId)).as("asked once, not per attempt").isEqualTo(1);

        Simulator.clearFaults("google");
        Mentors.awaitActiveLink(sessionId, "m-outage-1");
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? " + "and kind = 'LINK_UPDATED'",
                        sessionId))
                .as("both are told the link came after all")
                .isEqualTo(2);
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
    }

    private static long addLinkEmails(String sessionId) {
        return Database.count(
                "select count(*) from notification_outbox where session_id = ? " + "and kind = 'ADD_LINK_MANUALLY'",
                sessionId);
    }

    private static long attempts(String sessionId) {
        return Database.count("select attempts from meeting_link where session_id = ?", sessionId);
    }
}
