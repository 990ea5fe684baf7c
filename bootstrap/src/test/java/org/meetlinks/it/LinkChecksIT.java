package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Links that still work when the mentor changes the meeting at the provider: Zoom's meeting.deleted (the simulator
 * plays the owner deleting it) makes a new meeting behind the same join URL with both people told once; a Zoom
 * meeting moved by its owner is put back to the booked time; the check before a session recreates a Google event its
 * owner deleted, and a revoked grant gets one reconnect prompt; the scheduled check shows on the mentor's page and in
 * the metrics.
 */
class LinkChecksIT {
    private static final String ADMIN = Api.token("ops-1", "admin");

    @Test
    void a_zoom_meeting_deleted_in_zoom_is_made_anew_behind_the_same_join_url_and_both_people_are_told_once()
            throws Exception {
        String mentor = "m-check-zoom-del";
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        JsonObject first = Mentors.confirmActive(sessionId, mentor);
        String lostUrl = first.getString("url");
        String lostId = zoomMeetingId(account, lostUrl);

        JsonObject deleted = Simulator.deleteAsOwner(lostId);
        assertThat(deleted.getInt("webhookStatus")).isEqualTo(204);

        JsonObject second = Eventually.await("a new Zoom meeting", Duration.ofSeconds(30), () -> {
            JsonObject now = link(sessionId, mentor);
            return "ACTIVE".equals(now.getString("status")) && !lostUrl.equals(now.getString("url", lostUrl))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertThat(second.getString("joinUrl")).isEqualTo(first.getString("joinUrl"));
        assertThat(second.getString("platform")).isEqualTo("ZOOM");
        String newId = zoomMeetingId(account, second.getString("url"));
        assertThat(liveMeeting("zoom", account, newId)).isPresent();
        HttpResponse<String> join = Api.getAbsolute(second.getString("joinUrl"));
        assertThat(join.statusCode()).isEqualTo(302);
        assertThat(join.headers().firstValue("Location")).contains(second.getString("url"));

        awaitNewLinkMails(mentor + "@example.org", 1);
        awaitNewLinkMails("e-" + mentor + "@example.org", 1);
        Thread.sleep(3_000);
        assertThat(newLinkMails(mentor + "@example.org")).as("told once").isEqualTo(1);
        assertThat(newLinkMails("e-" + mentor + "@example.org")).isEqualTo(1);
    }

    @Test
    void a_zoom_meeting_moved_by_its_owner_is_put_back_to_the_booked_time() {
        String mentor = "m-check-zoom-move";
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        JsonObject link = Mentors.confirmActive(sessionId, mentor);
        String meetingId = zoomMeetingId(account, link.getString("url"));
        JsonObject meeting = liveMeeting("zoom", account, meetingId).orElseThrow();
        String booked = meeting.getString("start");
        String moved = Instant.parse(booked).plus(Duration.ofHours(2)).toString();

        assertThat(Simulator.patchAsOwner(meetingId, "{\"start\":\"" + moved + "\"}")
                        .getInt("webhookStatus"))
                .isEqualTo(204);

        Eventually.await(
                "the meeting back at " + booked,
                Duration.ofSeconds(20),
                () -> liveMeeting("zoom", account, meetingId).filter(m -> booked.equals(m.getString("start"))));
        assertThat(link(sessionId, mentor).getString("url"))
                .as("the same meeting")
                .isEqualTo(link.getString("url"));
        assertThat(Simulator.get("/requests/rejected").getInt("count")).isZero();
    }

    @Test
    void the_check_before_the_session_recreates_a_google_event_its_owner_deleted() {
        String mentor = "m-check-google-del";
        String account = Mentors.connect(mentor, "google");
        String sessionId = Bookings.newSessionId();
        JsonObject first = Mentors.confirmActive(sessionId, mentor);
        String eventId = liveMeetings("google", account).get(0).getString("id");
        Simulator.deleteAsOwner(eventId);

        JsonObject check = Api.json(Api.post("/api/admin/sessions/" + sessionId + "/link-check", ADMIN, ""));

        assertThat(check.getString("outcome")).isEqualTo("RECREATED");
        JsonObject second = Eventually.await("a new Meet link", Duration.ofSeconds(30), () -> {
            JsonObject now = link(sessionId, mentor);
            return "ACTIVE".equals(now.getString("status"))
                            && !first.getString("url").equals(now.getString("url", first.getString("url")))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertThat(second.getString("joinUrl")).isEqualTo(first.getString("joinUrl"));
        assertThat(liveMeetings("google", account))
                .extracting(m -> m.getString("joinUrl"))
                .containsExactly(second.getString("url"));
        JsonObject again = Api.json(Api.post("/api/admin/sessions/" + sessionId + "/link-check", ADMIN, ""));
        assertThat(again.getString("outcome")).isEqualTo("OK");
        awaitNewLinkMails("e-" + mentor + "@example.org", 1);
    }

    @Test
    void a_check_with_a_revoked_grant_sends_the_reconnect_prompt_once() throws Exception {
        String mentor = "m-check-revoked";
        String account = Mentors.connect(mentor, "google");
        String sessionId = Bookings.newSessionId();
        Mentors.confirmActive(sessionId, mentor);
        Simulator.control("/grants/google/invalidate?account=" + account, "{}");

        for (int i = 0; i < 2; i++) {
            JsonObject check = Api.json(Api.post("/api/admin/sessions/" + sessionId + "/link-check", ADMIN, ""));
            assertThat(check.getString("outcome")).isEqualTo("RECONNECT_NEEDED");
        }

        assertThat(Mentors.connectionStatus(mentor, "google")).isEqualTo("NEEDS_RECONNECT");
        Eventually.await(
                "the reconnect prompt",
                Duration.ofSeconds(20),
                () -> Optional.of(reconnectMails(mentor)).filter(n -> n >= 1));
        Thread.sleep(2_000);
        assertThat(reconnectMails(mentor)).isEqualTo(1);
    }

    @Test
    void a_session_inside_its_lead_time_is_checked_by_the_scheduler_and_shows_on_the_mentor_page_and_in_metrics() {
        String mentor = "m-check-scheduled";
        Mentors.connect(mentor, "google");
        String sessionId = Bookings.newSessionId();
        Instant start = Instant.now().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MINUTES);
        assertThat(Api.post(
                                "/api/booking-events",
                                Api.token("booking-platform", "booking-system"),
                                Bookings.confirmed(
                                        Bookings.newEventId(), sessionId, mentor, "e-" + mentor, "Soon", start))
                        .statusCode())
                .isEqualTo(200);
        Mentors.awaitActiveLink(sessionId, mentor);

        JsonObject check = Eventually.await(
                "the scheduled check",
                Duration.ofSeconds(30),
                () -> Api.jsonArray(Api.get("/api/me/link-checks", Api.token(mentor, "mentor"))).stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("sessionId").equals(sessionId))
                        .findFirst());

        assertThat(check.getString("outcome")).isEqualTo("OK");
        assertThat(check.getString("platform")).isEqualTo("GOOGLE_MEET");
        assertThat(Api.get("/metrics", null).body())
                .containsPattern("meetlinks_link_checks_total\\{[^}]*outcome=\"OK\"[^}]*\\} [1-9]");
        assertThat(Api.get("/api/me/link-checks", Api.token("e-" + mentor, "mentee"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void only_an_admin_can_run_a_check() {
        assertThat(Api.post("/api/admin/sessions/s-x/link-check", Api.token("m-1", "mentor"), "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/api/admin/sessions/s-x/link-check", null, "").statusCode())
                .isEqualTo(401);
        assertThat(Api.post("/api/admin/sessions/s-unknown/link-check", ADMIN, "")
                        .statusCode())
                .isEqualTo(404);
    }

    private static JsonObject link(String sessionId, String mentorId) {
        return Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
    }

    private static List<JsonObject> liveMeetings(String provider, String account) {
        return Simulator.get("/meetings?provider=" + provider + "&account=" + account + "&includeDeleted=false")
                .getJsonArray("meetings")
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static Optional<JsonObject> liveMeeting(String provider, String account, String id) {
        return liveMeetings(provider, account).stream()
                .filter(m -> m.getString("id").equals(id))
                .findFirst();
    }

    private static String zoomMeetingId(String account, String joinUrl) {
        return liveMeetings("zoom", account).stream()
                .filter(m -> m.getString("joinUrl").equals(joinUrl))
                .map(m -> m.getString("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no live meeting " + joinUrl));
    }

    private static long newLinkMails(String address) {
        return Mailbox.to(address).stream()
                .filter(m -> addressedTo(m, address))
                .filter(m -> Mailbox.subject(m).startsWith("New meeting link"))
                .count();
    }

    /** Mailbox.to matches a part of the address ("m-1@..." is in "e-m-1@..."): this one matches it whole. */
    private static boolean addressedTo(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getRecipients(jakarta.mail.Message.RecipientType.TO))
                    .anyMatch(a -> a instanceof jakarta.mail.internet.InternetAddress i
                            && i.getAddress().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitNewLinkMails(String address, long count) {
        Eventually.await(
                count + " new-link mail(s) to " + address,
                Duration.ofSeconds(20),
                () -> Optional.of(newLinkMails(address)).filter(n -> n >= count));
    }

    private static long reconnectMails(String mentor) {
        return Mailbox.to(mentor + "@example.org").stream()
                .filter(m -> addressedTo(m, mentor + "@example.org"))
                .filter(m -> Mailbox.subject(m).contains("reconnect"))
                .count();
    }
}
