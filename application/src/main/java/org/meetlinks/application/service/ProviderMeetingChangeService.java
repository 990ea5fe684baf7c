package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.in.HandleProviderMeetingChangeUseCase;
import org.meetlinks.application.port.out.LoadLinksToCheckPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionState;

/**
 * A meeting changed at its provider by its owner (Zoom's meeting events): a deleted meeting of an upcoming session
 * is made anew, a moved one is put back to the booked time, since the booking (and the invites both people have)
 * is what counts. A move that echoes the booked time (our own update, a reschedule) changes nothing.
 */
public final class ProviderMeetingChangeService implements HandleProviderMeetingChangeUseCase {
    private static final System.Logger LOG = System.getLogger(ProviderMeetingChangeService.class.getName());

    /** Providers keep whole seconds (Zoom) or minutes: a start closer than this to the booked one is no move. */
    static final Duration SAME_TIME = Duration.ofMinutes(1);

    private final LoadLinksToCheckPort meetings;
    private final LinkStore store;
    private final MeetingRepairs repairs;
    private final Clock clock;

    public ProviderMeetingChangeService(
            LoadLinksToCheckPort meetings, LinkStore store, MeetingRepairsPorts repairPorts, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.repairs = repairPorts.repairs(store, clock);
        this.clock = clock;
    }

    @Override
    public boolean meetingDeleted(Platform platform, String externalMeetingId) {
        return upcomingSession(platform, externalMeetingId)
                .map(s -> repairs.recreate(s, externalMeetingId, "the " + platform + " meeting was deleted there"))
                .orElse(false);
    }

    @Override
    public boolean meetingMoved(Platform platform, String externalMeetingId, Instant startsAt) {
        Optional<MentoringSession> session = upcomingSession(platform, externalMeetingId)
                .filter(s -> Duration.between(s.startsAt(), startsAt).abs().compareTo(SAME_TIME) >= 0);
        if (session.isEmpty()) {
            return false;
        }
        try {
            repairs.moveBack(session.get(), platform, externalMeetingId);
            return true;
        } catch (MeetingProviderException e) {
            if (e.kind() == MeetingProviderException.Kind.PERMANENT) {
                return repairs.recreate(
                        session.get(), externalMeetingId, "the moved meeting could not be put back: " + e.getMessage());
            }
            LOG.log(
                    Level.WARNING,
                    "Session " + session.get().id() + ": the " + platform + " meeting "
                            + externalMeetingId + " was moved to " + startsAt
                            + " and could not be put back now; the check "
                            + "before the session tries again",
                    e);
            return false;
        }
    }

    private Optional<MentoringSession> upcomingSession(Platform platform, String externalMeetingId) {
        Instant now = clock.instant();
        Optional<MentoringSession> session = meetings.findSessionByMeeting(platform, externalMeetingId)
                .flatMap(store.sessions()::loadSession)
                .filter(s -> s.state() == SessionState.CONFIRMED && s.endsAt().isAfter(now));
        if (session.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "{0} meeting {1} changed at the provider; no upcoming session has it",
                    platform,
                    externalMeetingId);
        }
        return session;
    }
}
