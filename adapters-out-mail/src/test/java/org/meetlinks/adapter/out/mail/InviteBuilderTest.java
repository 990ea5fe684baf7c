package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.adapter.out.mail.Fixtures.BERLIN;
import static org.meetlinks.adapter.out.mail.Fixtures.JOIN_URL;
import static org.meetlinks.adapter.out.mail.Fixtures.ZOOM_URL;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/** The invite as an independent iCalendar parser reads it: method, UID, sequence, zones, people, links. */
class InviteBuilderTest {
    private final InviteBuilder invites = Fixtures.invites();

    @Test
    void confirmed_session_invite_is_a_request_in_the_sessions_zone_with_the_join_link_everywhere() {
        String ics = invites.invite(Fixtures.session(), Fixtures.activeZoomLink(), false);

        ParsedIcs parsed = IndependentIcsParser.parse(ics);
        assertThat(parsed.all("ERROR")).isEmpty();
        assertThat(parsed.one("CAL.METHOD")).isEqualTo("REQUEST");
        assertThat(parsed.one("CAL.VERSION")).isEqualTo("2.0");
        assertThat(parsed.one("CAL.CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(parsed.one("CAL.PRODID")).isEqualTo(InviteBuilder.PRODUCT_ID);
        assertThat(parsed.one("EVENT.COUNT")).isEqualTo("1");
        assertThat(parsed.one("UID")).isEqualTo("s-123@meetlinks");
        assertThat(parsed.one("SEQUENCE")).isEqualTo("0");
        assertThat(parsed.one("STATUS")).isEqualTo("CONFIRMED");
        assertThat(parsed.one("SUMMARY")).isEqualTo("Career chat");
        assertThat(parsed.one("DTSTAMP.UTC")).isEqualTo("2026-11-20T09:30:00");

        assertThat(parsed.one("DTSTART;TZID")).isEqualTo("Europe/Berlin");
        assertThat(parsed.one("DTSTART.LOCAL")).isEqualTo("2026-12-01T16:00:00");
        assertThat(parsed.one("DTSTART.UTC")).isEqualTo("2026-12-01T15:00:00");
        assertThat(parsed.one("DTEND;TZID")).isEqualTo("Europe/Berlin");
        assertThat(parsed.one("DTEND.LOCAL")).isEqualTo("2026-12-01T17:00:00");
        assertThat(parsed.one("VTIMEZONE")).isEqualTo("Europe/Berlin");
        // Our own VTIMEZONE (not the parser's tz database) must give the same instant.
        assertThat(parsed.one("DTSTART.VTIMEZONE_UTC")).isEqualTo("2026-12-01T15:00:00");
        assertThat(parsed.one("DTEND.VTIMEZONE_UTC")).isEqualTo("2026-12-01T16:00:00");

        assertThat(parsed.one("LOCATION")).isEqualTo(JOIN_URL);
        assertThat(parsed.one("URL")).isEqualTo(JOIN_URL);
        assertThat(parsed.one("CONFERENCE")).isEqualTo(JOIN_URL);
        assertThat(parsed.one("CONFERENCE;VALUE")).isEqualTo("URI");
        assertThat(parsed.one("CONFERENCE;FEATURE")).isEqualTo("AUDIO|VIDEO");
        assertThat(parsed.one("CONFERENCE;LABEL")).isEqualTo("Join the Zoom meeting");
        assertThat(parsed.one("DESCRIPTION")).contains(JOIN_URL).contains("Direct Zoom link: " + ZOOM_URL);
    }

    @Test
    void mentor_organizes_and_both_people_are_attendees_whose_answer_is_awaited() {
        ParsedIcs parsed =
                IndependentIcsParser.parse(invites.invite(Fixtures.session(), Fixtures.activeZoomLink(), false));

        assertThat(parsed.one("ORGANIZER")).isEqualTo("mailto:ada@example.org");
        assertThat(parsed.one("ORGANIZER;CN")).isEqualTo("Ada Lovelace");
        assertThat(parsed.one("ORGANIZER;SENT-BY")).isEqualTo("mailto:no-reply@meetlinks.example");
        assertThat(parsed.all("ATTENDEE")).containsExactly("mailto:ada@example.org", "mailto:bo@example.org");
        assertThat(parsed.one("ATTENDEE.0;CN")).isEqualTo("Ada Lovelace");
        assertThat(parsed.one("ATTENDEE.0;ROLE")).isEqualTo("CHAIR");
        assertThat(parsed.one("ATTENDEE.1;CN")).isEqualTo("Bo Berg");
        assertThat(parsed.one("ATTENDEE.1;ROLE")).isEqualTo("REQ-PARTICIPANT");
        for (String attendee : new String[] {"ATTENDEE.0", "ATTENDEE.1"}) {
            assertThat(parsed.one(attendee + ";PARTSTAT")).isEqualTo("NEEDS-ACTION");
            assertThat(parsed.one(attendee + ";RSVP")).isEqualTo("TRUE");
        }
    }

    @Test
    void rescheduled_session_keeps_the_uid_and_raises_the_sequence() {
        MentoringSession session = Fixtures.session();
        ParsedIcs first = IndependentIcsParser.parse(invites.invite(session, Fixtures.activeZoomLink(), false));

        session.reschedule(Instant.parse("2026-12-03T08:30:00Z"), Instant.parse("2026-12-03T09:15:00Z"), BERLIN);
        ParsedIcs moved = IndependentIcsParser.parse(invites.invite(session, Fixtures.activeZoomLink(), false));

        assertThat(moved.one("UID")).isEqualTo(first.one("UID"));
        assertThat(Integer.parseInt(moved.one("SEQUENCE"))).isGreaterThan(Integer.parseInt(first.one("SEQUENCE")));
        assertThat(moved.one("CAL.METHOD")).isEqualTo("REQUEST");
        assertThat(moved.one("DTSTART.LOCAL")).isEqualTo("2026-12-03T09:30:00");
        assertThat(moved.one("DTEND.LOCAL")).isEqualTo("2026-12-03T10:15:00");
    }

    @Test
    void cancelled_session_invite_is_a_cancel_with_the_same_uid_and_a_higher_sequence() {
        MentoringSession session = Fixtures.session();
        ParsedIcs request = IndependentIcsParser.parse(invites.invite(session, Fixtures.activeZoomLink(), false));

        session.cancel();
        ParsedIcs cancel = IndependentIcsParser.parse(invites.invite(session, Fixtures.activeZoomLink(), true));

        assertThat(cancel.all("ERROR")).isEmpty();
        assertThat(cancel.one("CAL.METHOD")).isEqualTo("CANCEL");
        assertThat(cancel.one("STATUS")).isEqualTo("CANCELLED");
        assertThat(cancel.one("UID")).isEqualTo(request.one("UID"));
        assertThat(Integer.parseInt(cancel.one("SEQUENCE"))).isGreaterThan(Integer.parseInt(request.one("SEQUENCE")));
        assertThat(cancel.all("ATTENDEE")).containsExactly("mailto:ada@example.org", "mailto:bo@example.org");
        assertThat(cancel.one("DTSTART.LOCAL")).isEqualTo("2026-12-01T16:00:00");
    }

    @Test
    void pending_link_still_gives_the_join_url_as_the_conference_link() {
        ParsedIcs parsed =
                IndependentIcsParser.parse(invites.invite(Fixtures.session(), Fixtures.pendingLink(), false));

        assertThat(parsed.one("CONFERENCE")).isEqualTo(JOIN_URL);
        // no meeting yet, so no platform to name: the label stays generic
        assertThat(parsed.one("CONFERENCE;LABEL")).isEqualTo("Join the video meeting");
        assertThat(parsed.one("DESCRIPTION")).contains(JOIN_URL).doesNotContain("Direct");
    }

    @Test
    void session_across_a_daylight_saving_change_gets_both_observances_and_the_right_times() {
        // Berlin leaves summer time at 03:00 CEST on 25 October 2026 (01:00Z): 01:30 CEST to 03:30 CET.
        MentoringSession night = inBerlin(Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"));

        String ics = invites.invite(night, Fixtures.activeZoomLink(), false);
        ParsedIcs parsed = IndependentIcsParser.parse(ics);

        assertThat(parsed.one("DTSTART.LOCAL")).isEqualTo("2026-10-25T01:30:00");
        assertThat(parsed.one("DTSTART.VTIMEZONE_UTC")).isEqualTo("2026-10-24T23:30:00");
        assertThat(parsed.one("DTEND.LOCAL")).isEqualTo("2026-10-25T03:30:00");
        assertThat(parsed.one("DTEND.VTIMEZONE_UTC")).isEqualTo("2026-10-25T02:30:00");
        assertThat(ics).contains("BEGIN:DAYLIGHT").contains("BEGIN:STANDARD");
    }

    @Test
    void session_ending_in_the_repeated_hour_uses_utc_times() {
        // 02:30 happens twice in Berlin on 25 October 2026; the session ends at the second one.
        MentoringSession night = inBerlin(Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"));

        String ics = invites.invite(night, Fixtures.activeZoomLink(), false);
        ParsedIcs parsed = IndependentIcsParser.parse(ics);

        assertThat(ics).doesNotContain("TZID");
        assertThat(parsed.one("DTSTART.UTC")).isEqualTo("2026-10-24T23:30:00");
        assertThat(parsed.one("DTEND.UTC")).isEqualTo("2026-10-25T01:30:00");
    }

    private static MentoringSession inBerlin(Instant start, Instant end) {
        return MentoringSession.confirmed(
                new SessionId("s-night"),
                new Mentor(new MentorId("m-1"), "Ada", "ada@example.org", BERLIN),
                new Mentee("e-9", "Bo", "bo@example.org"),
                "Night owls",
                start,
                end,
                BERLIN,
                ChangeOrder.unstated());
    }

    @Test
    void zone_without_daylight_saving_gets_one_standard_observance() {
        MentoringSession tokyo = MentoringSession.confirmed(
                new SessionId("s-tokyo"),
                new Mentor(new MentorId("m-1"), "Ada", "ada@example.org", BERLIN),
                new Mentee("e-9", "Bo", "bo@example.org"),
                "Career chat",
                Fixtures.START,
                Fixtures.END,
                ZoneId.of("Asia/Tokyo"),
                ChangeOrder.unstated());

        String ics = invites.invite(tokyo, Fixtures.activeZoomLink(), false);
        ParsedIcs parsed = IndependentIcsParser.parse(ics);

        assertThat(parsed.one("DTSTART;TZID")).isEqualTo("Asia/Tokyo");
        assertThat(parsed.one("DTSTART.LOCAL")).isEqualTo("2026-12-02T00:00:00");
        assertThat(parsed.one("DTSTART.VTIMEZONE_UTC")).isEqualTo("2026-12-01T15:00:00");
        assertThat(ics).doesNotContain("BEGIN:DAYLIGHT");
    }

    @Test
    void
            bare_utc_offset_zone_of_a_session_stored_before_zones_had_to_be_names_falls_back_to_utc_times_without_vtimezone() {
        MentoringSession offset = MentoringSession.restore(
                new SessionId("s-offset"),
                new Mentor(new MentorId("m-1"), "Ada", "ada@example.org", BERLIN),
                new Mentee("e-9", "Bo", "bo@example.org"),
                "Career chat",
                Fixtures.START,
                Fixtures.END,
                ZoneOffset.ofHours(2),
                0,
                SessionState.CONFIRMED,
                ChangeOrder.unstated());

        String ics = invites.invite(offset, Fixtures.activeZoomLink(), false);
        ParsedIcs parsed = IndependentIcsParser.parse(ics);

        assertThat(ics).doesNotContain("VTIMEZONE").contains("DTSTART:20261201T150000Z");
        assertThat(parsed.has("DTSTART;TZID")).isFalse();
        assertThat(parsed.one("DTSTART.UTC")).isEqualTo("2026-12-01T15:00:00");
    }

    @Test
    void user_text_cannot_break_the_invite_structure() {
        MentoringSession session =
                Fixtures.session("Ada \"The\" Mentor", "Bo;Berg,Jr", "Plans\r\nEND:VEVENT\r\nBEGIN:VTODO");

        String ics = invites.invite(session, Fixtures.activeZoomLink(), false);
        ParsedIcs parsed = IndependentIcsParser.parse(ics);

        assertThat(parsed.all("ERROR")).isEmpty();
        assertThat(parsed.one("EVENT.COUNT")).isEqualTo("1");
        assertThat(ics.lines()).noneMatch(line -> line.startsWith("BEGIN:VTODO") || line.startsWith("END:VEVENT "));
        assertThat(ics.lines().filter(line -> line.equals("END:VEVENT"))).hasSize(1);
        assertThat(parsed.one("SUMMARY")).isEqualTo("Plans END:VEVENT BEGIN:VTODO");
        assertThat(parsed.one("ORGANIZER;CN")).isEqualTo("Ada 'The' Mentor");
        assertThat(parsed.one("ATTENDEE.1;CN")).isEqualTo("Bo;Berg,Jr");
    }

    @Test
    void invite_is_well_formed_for_ical4j_too_with_lines_of_at_most75_octets() throws Exception {
        MentoringSession session =
                Fixtures.session("Zoë Ærøskøbing-Łukasiewicz", "Bö Ünal", "Übergänge – nächste Schritte 🚀");
        String ics = invites.invite(session, Fixtures.activeZoomLink(), false);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().map(u -> u.getValue())).isEqualTo(Optional.of("s-123@meetlinks"));
        assertThat(event.getSummary().getValue()).isEqualTo("Übergänge – nächste Schritte 🚀");
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as(line)
                        .isLessThanOrEqualTo(75));
        assertThat(IndependentIcsParser.parse(ics).one("SUMMARY")).isEqualTo("Übergänge – nächste Schritte 🚀");
    }
}
