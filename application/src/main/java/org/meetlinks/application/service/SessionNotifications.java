package org.meetlinks.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
                toMentor(kind, key + ":mentor", session),
                new Notification(
                        kind,
                        key + ":mentee",
                        session.mentee().name(),
                        session.mentee().email(),
                        false,
                        session.id(),
                        session.sequence()));
    }

    /** To the mentor only: add a link by hand (once per session). */
    static Notification addLinkManually(MentoringSession session) {
        return toMentor(NotificationKind.ADD_LINK_MANUALLY, "manual:" + session.id(), session);
    }

    /** To the mentor only: reconnect an account; at most one per connection and day. */
    static Notification reconnect(MentoringSession session, Platform platform, LocalDate day) {
        return aboutAccount(NotificationKind.RECONNECT_PROVIDER, "reconnect:", session, platform, day);
    }

    /** To the mentor only: the account's admin turned video meetings off; told once (per connection and day). */
    static Notification meetingsTurnedOff(MentoringSession session, Platform platform, LocalDate day) {
        return aboutAccount(NotificationKind.MEETINGS_TURNED_OFF, "meetings-off:", session, platform, day);
    }

    static LocalDate utcDay(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static Notification toMentor(NotificationKind kind, String key, MentoringSession session) {
        return new Notification(
                kind, key, session.mentor().name(), session.mentor().email(), true, session.id(), session.sequence());
    }

    /** Keyed by mentor, platform and day, so a mentor hears about an account at most once a day. */
    private static Notification aboutAccount(
            NotificationKind kind, String keyPrefix, MentoringSession session, Platform platform, LocalDate day) {
        return new Notification(
                kind,
                keyPrefix + session.mentor().id() + ":" + platform + ":" + day,
                session.mentor().name(),
                session.mentor().email(),
                true,
                session.id(),
                platform,
                session.sequence());
    }
}
