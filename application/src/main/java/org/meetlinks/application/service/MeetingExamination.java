package org.meetlinks.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.ReadMeetingPort;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/** One pre-session check of a provider meeting: reads it, and repairs it when it was deleted or moved. */
final class MeetingExamination {
    /** One read (with a token refresh) may take this long. */
    static final Duration READ_BUDGET = Duration.ofSeconds(15);

    private final ReadMeetingPort provider;
    private final MeetingRepairs repairs;
    private final Clock clock;

    MeetingExamination(ReadMeetingPort provider, MeetingRepairs repairs, Clock clock) {
        this.provider = provider;
        this.repairs = repairs;
        this.clock = clock;
    }

    LinkCheckResult examine(MentoringSession session, Platform platform, String meetingId) {
        ExistingMeeting meeting =
                new ExistingMeeting(platform, meetingId, session.mentor().id());
        Optional<ProviderConnection> used = repairs.connectionBefore(session, platform);
        Runnable refused = () -> used.ifPresent(connection -> repairs.grantRefused(session, connection));
        Optional<ScheduledMeeting> found;
        try {
            found = provider.readMeeting(meeting, clock.instant().plus(READ_BUDGET));
        } catch (MeetingProviderException e) {
            return failed(platform, refused, e);
        }
        if (found.isEmpty()) {
            repairs.recreate(session, meetingId, "the " + platform + " meeting was deleted at the provider");
            return new LinkCheckResult(
                    LinkCheckOutcome.RECREATED,
                    "the meeting had been deleted at " + platform.accountName()
                            + "; a new one is made, the join link stays the same");
        }
        if (matchesBooking(found.get(), session)) {
            return new LinkCheckResult(LinkCheckOutcome.OK, "the meeting exists at the booked time");
        }
        try {
            repairs.moveBack(session, platform, meetingId);
            return new LinkCheckResult(
                    LinkCheckOutcome.MOVED_BACK,
                    "the meeting had been moved to " + found.get().startsAt() + "; it is back at the booked time");
        } catch (MeetingProviderException e) {
            if (e.kind() == MeetingProviderException.Kind.PERMANENT) {
                repairs.recreate(session, meetingId, "the moved meeting could not be put back: " + e.getMessage());
                return new LinkCheckResult(
                        LinkCheckOutcome.RECREATED,
                        "the meeting had been moved and could not be put back;"
                                + " a new one is made at the booked time");
            }
            return failed(platform, refused, e);
        }
    }

    /** @param refused marks the grant that was used as refused (asking the mentor to reconnect once) */
    private LinkCheckResult failed(Platform platform, Runnable refused, MeetingProviderException e) {
        if (e.kind() == MeetingProviderException.Kind.AUTH) {
            refused.run();
            return new LinkCheckResult(
                    LinkCheckOutcome.RECONNECT_NEEDED,
                    platform.accountName() + " refused meetlinks' access; the mentor is asked to reconnect");
        }
        return new LinkCheckResult(LinkCheckOutcome.UNAVAILABLE, "could not be checked: " + e.getMessage());
    }

    /** Providers keep whole seconds (Zoom) or minutes; a difference below a minute is no move. */
    private static boolean matchesBooking(ScheduledMeeting meeting, MentoringSession session) {
        return Duration.between(meeting.startsAt(), session.startsAt()).abs().compareTo(Duration.ofMinutes(1)) < 0
                && Duration.between(meeting.endsAt(), session.endsAt()).abs().compareTo(Duration.ofMinutes(1)) < 0;
    }
}
