package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One calendar entry per person and session: a mentor whose Meet link is an event in their own Google Calendar is
 * not sent a second entry by our invites, and the mentee has exactly ours. Every invite is read with Python's
 * icalendar and with ical.js.
 */
class OneCalendarEntryIT {
    private final String booker = Api.token("booking-platform", "booking-system");

    @Test
    void a_google_mentor_has_the_google_event_only_and_the_mentee_our_invite_only_through_reschedule_and_cancel() {
        String mentor = "m-onecal-" + Bookings.newEventId().substring(0, 8);
        String account = Mentors.connect(mentor, "google");
        String sessionId = Bookings.newSessionId();
        JsonObject link = Mentors.confirmActive(sessionId, mentor);
        assertThat(link.getString("platform")).isEqualTo("GOOGLE_MEET");
        String mentorMail = mentor + "@example.org";
        String menteeMail = "e-" + mentor + "@example.org";

        List<MimeMessage> toMentor = awaitMail(mentorMail, 1);
        assertThat(invites(toMentor)).as("our invites to the mentor").isEmpty();
        assertThat(Mailbox.part(toMentor.get(0), "text/plain").orElseThrow().replaceAll("\\s+", " "))
                .contains("already in your Google Calendar");
        assertThat(liveGoogleEvents(account)).hasSize(1);
        assertThat(CalendarReaders.entriesAfter(invites(awaitMail(menteeMail, 1))))
                .containsExactly(sessionId + "@meetlinks");

        JsonObject event = Simulator.get("/meetings?provider=google&account=" + account)
                .getJsonArray("meetings")
                .getJsonObject(0);
        assertThat(event.getString("description"))
                .contains(link.getString("joinUrl"))
                .contains("Bo Chen")
                .doesNotContain(sessionId);

        Api.post(
                "/api/booking-events",
                booker,
                Bookings.rescheduled(
                        Bookings.newEventId(), sessionId, Instant.now().plus(Duration.ofDays(6))));
        assertThat(invites(awaitMail(mentorMail, 2))).isEmpty();
        assertThat(CalendarReaders.entriesAfter(invites(awaitMail(menteeMail, 2))))
                .containsExactly(sessionId + "@meetlinks");
        assertThat(liveGoogleEvents(account)).hasSize(1);

        Api.post("/api/booking-events", booker, Bookings.cancelled(Bookings.newEventId(), sessionId));
        assertThat(invites(awaitMail(mentorMail, 3))).isEmpty();
        assertThat(CalendarReaders.entriesAfter(invites(awaitMail(menteeMail, 3))))
                .isEmpty();
        Eventually.await(
                "the Google event deleted",
                Duration.ofSeconds(20),
                () -> liveGoogleEvents(account).isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void a_mentor_whose_link_moves_into_google_calendar_gets_our_earlier_invite_cancelled() {
        String mentor = "m-onecal-" + Bookings.newEventId().substring(0, 8);
        String mentorMail = mentor + "@example.org";
        String sessionId = Bookings.newSessionId();
        Mentors.confirm(sessionId, mentor);
        Eventually.await(
                "the confirmation with our invite",
                Duration.ofSeconds(30),
                () -> invites(mailTo(mentorMail)).isEmpty() ? Optional.empty() : Optional.of(true));
        assertThat(CalendarReaders.entriesAfter(invites(mailTo(mentorMail)))).containsExactly(sessionId + "@meetlinks");

        String account = Mentors.connect(mentor, "google");
        Mentors.awaitActiveLink(sessionId, mentor);
        Set<String> ours = Eventually.await("the link-updated email", Duration.ofSeconds(30), () -> {
            Set<String> left = CalendarReaders.entriesAfter(invites(mailTo(mentorMail)));
            return left.isEmpty() ? Optional.of(left) : Optional.empty();
        });
        assertThat(ours).as("our entries left in the mentor's calendar").isEmpty();
        assertThat(liveGoogleEvents(account))
                .as("the Google event is the mentor's one entry")
                .hasSize(1);
    }

    /** The Google events of the account that are not deleted. */
    private static List<JsonObject> liveGoogleEvents(String account) {
        return Simulator.get("/meetings?provider=google&includeDeleted=false&account=" + account)
                .getJsonArray("meetings")
                .getValuesAs(JsonObject.class);
    }

    /** The calendar parts of the emails, in the order they came. */
    private static List<String> invites(List<MimeMessage> mails) {
        return mails.stream()
                .map(m -> Mailbox.part(m, "text/calendar"))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Mail to exactly this address (the mail sink's filter also matches e-m-1@... for m-1@...). */
    private static List<MimeMessage> mailTo(String address) {
        return Mailbox.to(address).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients().length == 1
                                && ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0])
                                        .getAddress()
                                        .equalsIgnoreCase(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<MimeMessage> awaitMail(String address, int atLeast) {
        return Eventually.await(atLeast + " mails to " + address, Duration.ofSeconds(30), () -> {
            List<MimeMessage> mails = mailTo(address);
            return mails.size() >= atLeast ? Optional.of(mails) : Optional.empty();
        });
    }
}
