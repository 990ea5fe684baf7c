package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mentor and mentee get the link by email with an invite that carries it, through reschedule and cancel. */
class NotificationsIT {
    private final String booker = token("booking-platform", "booking-system");

    @Test
    void confirm_reschedule_and_cancel_send_invites_with_the_link_to_both() {
        String sessionId = Bookings.newSessionId();
        String mentor = "m-mail-" + sessionId.substring(2, 10);
        String mentee = "e-mail-" + sessionId.substring(2, 10);
        String joinUrl = Api.json(Api.post(
                        "/api/booking-events",
                        booker,
                        Bookings.confirmed(
                                Bookings.newEventId(), sessionId, mentor, mentee, "Career <script>x</script>")))
                .getJsonObject("meetingLink")
                .getString("joinUrl");

        MimeMessage toMentee = awaitMail(mentee + "@example.org", 1).get(0);
        String text = Mailbox.part(toMentee, "text/plain").orElseThrow();
        String html = Mailbox.part(toMentee, "text/html").orElseThrow();
        String invite = Mailbox.part(toMentee, "text/calendar").orElseThrow();
        assertThat(text).contains(joinUrl);
        assertThat(html).contains(joinUrl).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(invite)
                .contains("METHOD:REQUEST", "UID:" + sessionId + "@meetlinks", "SEQUENCE:0")
                .contains("CONFERENCE;");
        assertThat(unfold(invite)).contains(joinUrl);
        assertThat(awaitMail(mentor + "@example.org", 1)).isNotEmpty();

        Api.post(
                "/api/booking-events",
                booker,
                Bookings.rescheduled(
                        Bookings.newEventId(), sessionId, Instant.now().plus(Duration.ofDays(5))));
        String moved = Mailbox.part(awaitMail(mentee + "@example.org", 2).get(1), "text/calendar")
                .orElseThrow();
        assertThat(moved).contains("UID:" + sessionId + "@meetlinks", "SEQUENCE:1", "METHOD:REQUEST");

        Api.post("/api/booking-events", booker, Bookings.cancelled(Bookings.newEventId(), sessionId));
        String cancelled = Mailbox.part(awaitMail(mentee + "@example.org", 3).get(2), "text/calendar")
                .orElseThrow();
        assertThat(cancelled).contains("METHOD:CANCEL", "UID:" + sessionId + "@meetlinks", "SEQUENCE:2");
    }

    @Test
    void mentor_and_mentee_can_download_the_invite_others_cannot() {
        String sessionId = Bookings.newSessionId();
        Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-ics-1", "e-ics-1"));
        HttpResponse<String> ics = Api.get("/api/sessions/" + sessionId + "/invite.ics", token("e-ics-1", "mentee"));
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "UID:" + sessionId + "@meetlinks");
        assertThat(Api.get("/api/sessions/" + sessionId + "/invite.ics", token("e-other", "mentee"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_downloaded_invite_of_a_cancelled_session_cancels_it_one_revision_after_the_last_invite_sent() {
        String sessionId = Bookings.newSessionId();
        String mentee = "e-icscancel-" + sessionId.substring(2, 10);
        Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-icscancel-1", mentee));
        String sent = Mailbox.part(awaitMail(mentee + "@example.org", 1).get(0), "text/calendar")
                .orElseThrow();
        int lastSent = sequenceOf(sent);

        Api.post("/api/booking-events", booker, Bookings.cancelled(Bookings.newEventId(), sessionId));
        HttpResponse<String> ics = Api.get("/api/sessions/" + sessionId + "/invite.ics", token(mentee, "mentee"));

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse(""))
                .contains("method=CANCEL")
                .doesNotContain("REQUEST");
        assertThat(ics.body())
                .contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:" + sessionId + "@meetlinks")
                .doesNotContain("METHOD:REQUEST");
        assertThat(sequenceOf(ics.body())).isEqualTo(lastSent + 1);
    }

    private static int sequenceOf(String ics) {
        return ics.lines()
                .filter(l -> l.startsWith("SEQUENCE:"))
                .map(l -> Integer.parseInt(l.substring(9).strip()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_mentor_without_accounts_is_asked_to_add_a_link_by_hand() {
        String sessionId = Bookings.newSessionId();
        String mentor = "m-manual-" + sessionId.substring(2, 10);
        Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, "e-manual-1"));
        List<MimeMessage> mails = awaitMail(mentor + "@example.org", 2);
        assertThat(mails.stream().map(Mailbox::subject))
                .anyMatch(s -> s.toLowerCase().contains("link"));
        assertThat(mails.stream().map(m -> Mailbox.part(m, "text/plain").orElse("")))
                .anyMatch(t -> t.contains("/from-email/add-link/"));
    }

    private static List<MimeMessage> awaitMail(String address, int atLeast) {
        return Eventually.await(atLeast + " mails to " + address, Duration.ofSeconds(30), () -> {
            List<MimeMessage> mails = Mailbox.to(address);
            return mails.size() >= atLeast ? Optional.of(mails) : Optional.empty();
        });
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }
}
