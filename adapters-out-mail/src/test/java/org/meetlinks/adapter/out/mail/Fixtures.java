package org.meetlinks.adapter.out.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Sessions, links and notifications for the tests: Ada (Tokyo) mentors Bo in a Berlin session. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final MailSettings SETTINGS = new MailSettings("no-reply@meetlinks.example", "meetlinks");
    static final String JOIN_URL = "https://meetlinks.example/join/Jt0k3n-abc";
    static final String ZOOM_URL = "https://us02web.zoom.us/j/81234567890?pwd=s3cr3t";
    static final String MENTOR_PAGE = "https://meetlinks.example/mentor";
    /** 15:00Z = 16:00 in Berlin (CET) = 00:00 next day in Tokyo. */
    static final Instant START = Instant.parse("2026-12-01T15:00:00Z");

    static final Instant END = Instant.parse("2026-12-01T16:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Fixtures() {}

    static MentoringSession session() {
        return session("Career chat");
    }

    static MentoringSession session(String topic) {
        return session("Ada Lovelace", "Bo Berg", topic);
    }

    static MentoringSession session(String mentorName, String menteeName, String topic) {
        return MentoringSession.confirmed(
                new SessionId("s-123"),
                new Mentor(new MentorId("m-1"), mentorName, "ada@example.org", TOKYO),
                new Mentee("e-9", menteeName, "bo@example.org"),
                topic,
                START,
                END,
                BERLIN,
                ChangeOrder.unstated());
    }

    static SharedLink activeZoomLink() {
        MeetingLink link = MeetingLink.pending(new SessionId("s-123"), JoinToken.random(), NOW);
        link.activate(MeetingUrl.of(Platform.ZOOM, ZOOM_URL), "m-1", "81234567890", NOW);
        return new SharedLink(JOIN_URL, link);
    }

    static final String MEET_URL = "https://meet.google.com/abc-defg-hij";

    /** A Meet link made as an event on the mentor's Google Calendar. */
    static SharedLink activeGoogleLink() {
        MeetingLink link = MeetingLink.pending(new SessionId("s-123"), JoinToken.random(), NOW);
        link.activate(MeetingUrl.of(Platform.GOOGLE_MEET, MEET_URL), "m-1", "0123456789abcdefghij", NOW);
        return new SharedLink(JOIN_URL, link);
    }

    /** A link the mentor pasted by hand: a long one, as some video services make them. */
    static SharedLink longManualLink() {
        MeetingLink link = MeetingLink.pending(new SessionId("s-123"), JoinToken.random(), NOW);
        link.setManualLink(
                MeetingUrl.of(
                        Platform.MANUAL,
                        "https://video.example.com/rooms/mentoring/ada-lovelace/"
                                + "2026-12-01/session?passcode=8f3a9c2e7b1d4f6a&lang=en&utm_source=meetlinks&utm_medium=email"
                                + "&utm_campaign=mentoring-session-reminder"),
                "m-1",
                NOW);
        return new SharedLink(JOIN_URL, link);
    }

    static SharedLink pendingLink() {
        return new SharedLink(JOIN_URL, MeetingLink.pending(new SessionId("s-123"), JoinToken.random(), NOW));
    }

    static OutgoingNotification toMentee(NotificationKind kind, MentoringSession session, SharedLink link) {
        return new OutgoingNotification(
                new Notification(
                        kind,
                        kind + ":" + session.id() + ":" + session.sequence() + ":mentee",
                        session.mentee().name(),
                        session.mentee().email(),
                        false,
                        session.id(),
                        session.sequence()),
                session,
                link,
                MENTOR_PAGE);
    }

    static OutgoingNotification toMentor(NotificationKind kind, MentoringSession session, SharedLink link) {
        return new OutgoingNotification(
                new Notification(
                        kind,
                        mentorKey(kind, session),
                        session.mentor().name(),
                        session.mentor().email(),
                        true,
                        session.id(),
                        session.sequence()),
                session,
                link,
                MENTOR_PAGE);
    }

    /** A notice to the mentor about one of their provider accounts. */
    static OutgoingNotification toMentor(
            NotificationKind kind, MentoringSession session, SharedLink link, Platform platform) {
        return new OutgoingNotification(
                new Notification(
                        kind,
                        mentorKey(kind, session),
                        session.mentor().name(),
                        session.mentor().email(),
                        true,
                        session.id(),
                        platform,
                        session.sequence()),
                session,
                link,
                MENTOR_PAGE);
    }

    /** The same notification to someone named {@code recipientName}, about {@code session}. */
    static OutgoingNotification renamed(OutgoingNotification n, String recipientName, MentoringSession session) {
        Notification q = n.queued();
        Notification renamed = q.platform()
                .map(p -> new Notification(
                        q.kind(),
                        q.dedupeKey(),
                        recipientName,
                        q.recipientEmail(),
                        q.recipientIsMentor(),
                        session.id(),
                        p,
                        session.sequence()))
                .orElseGet(() -> new Notification(
                        q.kind(),
                        q.dedupeKey(),
                        recipientName,
                        q.recipientEmail(),
                        q.recipientIsMentor(),
                        session.id(),
                        session.sequence()));
        return new OutgoingNotification(renamed, session, n.link(), n.actionUrl(), n.waitingSessions());
    }

    private static String mentorKey(NotificationKind kind, MentoringSession session) {
        return kind + ":" + session.id() + ":" + session.sequence() + ":mentor";
    }

    static InviteBuilder invites() {
        return new InviteBuilder(SETTINGS, CLOCK);
    }
}
