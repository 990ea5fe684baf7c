package org.meetlinks.adapter.out.providers.zoom;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.ProviderHttpException;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.InvalidMeetingUrlException;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * Zoom scheduled meetings on the mentor's account: create (type 2, UTC start, waiting room, agenda marker with the
 * session id), patch, delete. Creates whose outcome is unknown are recorded and never retried at once.
 */
public final class ZoomMeetingClient implements PlatformMeetings {
    private static final System.Logger LOG = System.getLogger(ZoomMeetingClient.class.getName());
    private static final DateTimeFormatter UTC_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int SCHEDULED = 2;
    private static final int MAX_TOPIC = 200;

    private final ZoomApi api;
    private final AuthorizedCalls calls;
    private final ZoomErrors errors;
    private final ZoomCreateAttempts attempts = new ZoomCreateAttempts();
    private final Clock clock;

    public ZoomMeetingClient(ZoomApi api, AuthorizedCalls calls, Clock clock) {
        this.api = api;
        this.calls = calls;
        this.errors = new ZoomErrors(clock);
        this.clock = clock;
    }

    /** The marker put in each meeting's agenda, to find the session's meeting (or a duplicate) in Zoom. */
    public static String agendaMarker(SessionId sessionId) {
        return "meetlinks-session:" + sessionId.value();
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        SessionId sessionId = request.sessionId();
        attempts.uncertainSince(sessionId).ifPresent(since -> LOG.log(Level.WARNING,
                "A Zoom create for session {0} at {1} had an unknown outcome; this attempt may make a duplicate "
                        + "(look for agenda ''{2}'')", sessionId, since, agendaMarker(sessionId)));
        ZoomJson.MeetingCreate body = new ZoomJson.MeetingCreate(topic(request), SCHEDULED, utc(request.startsAt()),
                minutes(request), request.timeZone().getId(), "Mentoring session (" + agendaMarker(sessionId) + ")",
                Boolean.TRUE, new ZoomJson.Settings(Boolean.FALSE, Boolean.TRUE));
        ZoomJson.Meeting meeting;
        try {
            meeting = calls.call(request.mentorId(), auth -> api.createMeeting(auth, body));
        } catch (RuntimeException e) {
            MeetingProviderException failure = errors.translate(e, "creating the meeting of session " + sessionId, false);
            if (failure instanceof TransientProviderException && !(failure instanceof RetryableProviderException)) {
                attempts.recordUncertain(sessionId, clock.instant());
            }
            throw failure;
        }
        attempts.forget(sessionId);
        return new CreatedMeeting(joinUrl(meeting), meetingId(meeting), request.mentorId().value());
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        long id = parseId(meeting);
        ZoomJson.MeetingPatch patch = new ZoomJson.MeetingPatch(topic(request), utc(request.startsAt()), minutes(request),
                request.timeZone().getId());
        try {
            calls.run(meeting.owner(), auth -> api.updateMeeting(auth, id, patch));
        } catch (ProviderHttpException e) {
            if (e.status() == 404) {
                throw new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, "Zoom meeting " + id + " no longer exists",
                        Optional.empty(), e);
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
            calls.run(meeting.owner(), auth -> api.deleteMeeting(auth, id));
        } catch (ProviderHttpException e) {
            boolean gone = e.status() == 404
                    && ZoomErrors.code(e).map(c -> c == ZoomErrors.MEETING_NOT_FOUND).orElse(true);
            if (!gone) {
                throw errors.translate(e, "deleting meeting " + id, true);
            }
            LOG.log(Level.INFO, "Zoom meeting {0} was already gone", Long.toString(id));
        } catch (RuntimeException e) {
            throw errors.translate(e, "deleting meeting " + id, true);
        }
    }

    private static MeetingUrl joinUrl(ZoomJson.Meeting meeting) {
        try {
            return MeetingUrl.of(Platform.ZOOM, meeting.joinUrl());
        } catch (InvalidMeetingUrlException e) {
            throw new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, "Zoom gave an unexpected join URL for meeting "
                    + meeting.id() + ": " + e.getMessage(), Optional.empty(), e);
        }
    }

    private static String meetingId(ZoomJson.Meeting meeting) {
        if (meeting.id() == null) {
            throw new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, "Zoom's answer has no meeting id");
        }
        return Long.toString(meeting.id());
    }

    private static long parseId(ExistingMeeting meeting) {
        try {
            return Long.parseLong(meeting.externalMeetingId());
        } catch (NumberFormatException e) {
            throw new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, "'" + meeting.externalMeetingId()
                    + "' is not a Zoom meeting id", Optional.empty(), e);
        }
    }

    private static String topic(MeetingRequest request) {
        String topic = request.topic().isBlank() ? "Mentoring session" : request.topic().strip();
        return topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic;
    }

    private static String utc(Instant at) {
        return UTC_START.format(at);
    }

    private static int minutes(MeetingRequest request) {
        long seconds = Duration.between(request.startsAt(), request.endsAt()).getSeconds();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (seconds + 59) / 60));
    }
}
