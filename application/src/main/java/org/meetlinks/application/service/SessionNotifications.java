package org.meetlinks.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/** Builds the notifications a session change causes, with dedupe keys that make repeats harmless. */
final class SessionNotifications {
    private SessionNotifications() {}

    /** One message each to mentor and mentee, keyed by kind, session and invite revision. */
    static List<Notification> toBoth(NotificationKind kind, MentoringSession session, String revision) {
        String key = kind + ":" + session.id() + ":" + revision;
        return List.of(
                new Notification(
                        kind,
                        key + ":mentor",
                        session.mentor().name(),
                        session.mentor().email(),
                        true,
                        Optional.of(session.id()),
                        Optional.empty(),
                        session.sequence()),
                new Notification(
                        kind,
                        key + ":mentee",
                        session.mentee().name(),
                        session.mentee().email(),
                        false,
                        Optional.of(session.id()),
                        Optional.empty(),
                        session.sequence()));
    }

    /** To the mentor only: add a link by hand (once per session). */
    static Notification addLinkManually(MentoringSession session) {
        return new Notification(
                NotificationKind.ADD_LINK_MANUALLY,
                "manual:" + session.id(),
                session.mentor().name(),
                session.mentor().email(),
                true,
                Optional.of(session.id()),
                Optional.empty(),
                session.sequence());
    }

    /** To the mentor only: reconnect an account; at most one per connection and day. */
    static Notification reconnect(MentoringSession session, Platform platform, LocalDate day) {
        return new Notification(
                NotificationKind.RECONNECT_PROVIDER,
                "reconnect:" + session.mentor().id() + ":" + platform + ":" + day,
                session.mentor().name(),
                session.mentor().email(),
                true,
                Optional.of(session.id()),
                Optional.of(platform),
                session.sequence());
    }

    /** To the mentor only: the account's admin turned video meetings off; told once (per connection and day). */
    static Notification meetingsTurnedOff(MentoringSession session, Platform platform, LocalDate day) {
        return new Notification(
                NotificationKind.MEETINGS_TURNED_OFF,
                "meetings-off:" + session.mentor().id() + ":" + platform + ":" + day,
                session.mentor().name(),
                session.mentor().email(),
                true,
                Optional.of(session.id()),
                Optional.of(platform),
                session.sequence());
    }

    static LocalDate utcDay(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
