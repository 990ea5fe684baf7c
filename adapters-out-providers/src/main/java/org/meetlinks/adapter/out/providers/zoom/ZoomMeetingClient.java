package org.meetlinks.adapter.out.providers.zoom;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.ProviderHttpException;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.domain.Platform;

/**
 * Zoom scheduled meetings on the mentor's account: create (type 2, UTC start, waiting room, agenda marker with the
 * session id; never a duplicate, see {@link ZoomMeetingCreator}), patch, delete. Every call ends by its deadline.
 */
public final class ZoomMeetingClient implements PlatformMeetings {
    private static final System.Logger LOG = System.getLogger(ZoomMeetingClient.class.getName());

    /** Deleting a meeting is not on the 5-second path; it gets this long. */
    static final Duration CHANGE_BUDGET = Duration.ofSeconds(15);

    private final TimedApi<ZoomApi> apis;
    private final AuthorizedCalls calls;
    private final ZoomErrors errors;
    private final ZoomMeetingCreator creator;
    private final Clock clock;

    public ZoomMeetingClient(TimedApi<ZoomApi> apis, AuthorizedCalls calls, Clock clock) {
        this.apis = apis;
        this.calls = calls;
        this.errors = new ZoomErrors(clock);
        this.creator = new ZoomMeetingCreator(apis, calls, errors);
        this.clock = clock;
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        return creator.create(request);
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        long id = parseId(meeting);
        ZoomJson.MeetingPatch patch = new ZoomJson.MeetingPatch(
                ZoomRequestFields.topic(request),
                ZoomRequestFields.utcStart(request),
                ZoomRequestFields.minutes(request),
                ZoomRequestFields.timezone(request));
        try {
            calls.run(
                    meeting.owner(),
                    request.deadline(),
                    auth -> apis.within(request.deadline()).updateMeeting(auth, id, patch));
        } catch (ProviderHttpException e) {
            if (e.status() == 404) {
                throw new MeetingProviderException(
                        Kind.PERMANENT, Platform.ZOOM, "Zoom meeting " + id + " no longer exists", e);
            }
            throw errors.translate(e, "moving meeting " + id, true);
        } catch (RuntimeException e) {
            throw errors.translate(e, "moving meeting " + id, true);
        }
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        long id = parseId(meeting);
        try {
            Instant deadline = clock.instant().plus(CHANGE_BUDGET);
            calls.run(meeting.owner(), deadline, auth -> apis.within(deadline).deleteMeeting(auth, id));
        } catch (ProviderHttpException e) {
            boolean gone = e.status() == 404
                    && ZoomErrors.code(e)
                            .map(c -> c == ZoomErrors.MEETING_NOT_FOUND)
                            .orElse(true);
            if (!gone) {
                throw errors.translate(e, "deleting meeting " + id, true);
            }
            LOG.log(Level.INFO, "Zoom meeting {0} was already gone", Long.toString(id));
        } catch (RuntimeException e) {
            throw errors.translate(e, "deleting meeting " + id, true);
        }
    }

    @Override
    public Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline) {
        long id = parseId(meeting);
        try {
            ZoomJson.ScheduledMeeting found = calls.call(
                    meeting.owner(), deadline, auth -> apis.within(deadline).getMeeting(auth, id));
            if (found.startTime() == null) {
                throw new MeetingProviderException(
                        Kind.PERMANENT, Platform.ZOOM, "Zoom answered meeting " + id + " without a start_time");
            }
            Instant start = Instant.parse(found.startTime());
            int minutes = found.duration() == null ? 0 : found.duration();
            return Optional.of(new ScheduledMeeting(start, start.plus(Duration.ofMinutes(minutes))));
        } catch (ProviderHttpException e) {
            boolean gone = e.status() == 404
                    && ZoomErrors.code(e)
                            .map(c -> c == ZoomErrors.MEETING_NOT_FOUND)
                            .orElse(false);
            if (gone) {
                return Optional.empty();
            }
            throw errors.translate(e, "reading meeting " + id, true);
        } catch (java.time.format.DateTimeParseException e) {
            throw new MeetingProviderException(
                    Kind.PERMANENT, Platform.ZOOM, "Zoom answered meeting " + id + " without a readable start_time", e);
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading meeting " + id, true);
        }
    }

    private static long parseId(ExistingMeeting meeting) {
        try {
            return Long.parseLong(meeting.externalMeetingId());
        } catch (NumberFormatException e) {
            throw new MeetingProviderException(
                    Kind.PERMANENT, Platform.ZOOM, "'" + meeting.externalMeetingId() + "' is not a Zoom meeting id", e);
        }
    }
}
