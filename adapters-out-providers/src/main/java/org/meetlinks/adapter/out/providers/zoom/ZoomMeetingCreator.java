package org.meetlinks.adapter.out.providers.zoom;

import java.lang.System.Logger.Level;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.InvalidMeetingUrlException;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * Makes a session's Zoom meeting at most once although Zoom's create has no idempotency key. Normally that is one
 * call: the create. Only when an earlier create's outcome was never seen (the link records that before every create,
 * so a crash leaves the trace too) does it first look for the meeting that create may have made; and a create whose
 * own outcome is unknown looks at once, while the run still has time.
 */
final class ZoomMeetingCreator {
    private static final System.Logger LOG = System.getLogger(ZoomMeetingCreator.class.getName());
    private static final int SCHEDULED = 2;

    private final TimedApi<ZoomApi> apis;
    private final AuthorizedCalls calls;
    private final ZoomErrors errors;
    private final ZoomMeetingFinder finder;

    ZoomMeetingCreator(TimedApi<ZoomApi> apis, AuthorizedCalls calls, ZoomErrors errors) {
        this.apis = apis;
        this.calls = calls;
        this.errors = errors;
        this.finder = new ZoomMeetingFinder(apis, calls, errors);
    }

    CreatedMeeting create(MeetingRequest request) {
        SessionId sessionId = request.sessionId();
        ZoomSessionMatch match = new ZoomSessionMatch(sessionId);
        Optional<ZoomJson.ListedMeeting> earlier =
                request.meetingMayExist() ? finder.find(request, match) : Optional.empty();
        if (earlier.isPresent()) {
            LOG.log(
                    Level.INFO,
                    "Zoom meeting {0} of session {1} exists already (an earlier create made it); using it",
                    String.valueOf(earlier.get().id()),
                    sessionId);
            return created(request, earlier.get().id(), earlier.get().joinUrl());
        }
        ZoomJson.Meeting meeting;
        try {
            meeting = calls.call(
                    request.mentorId(),
                    request.deadline(),
                    auth -> apis.within(request.deadline()).createMeeting(auth, body(request)));
        } catch (RuntimeException e) {
            MeetingProviderException failure =
                    errors.translate(e, "creating the meeting of session " + sessionId, false);
            if (failure.mayHaveTakenEffect()) {
                return madeAnyway(request, match, failure);
            }
            throw failure;
        }
        return created(request, meeting.id(), meeting.joinUrl());
    }

    /** After a create with an unknown outcome: the meeting Zoom made anyway, else the create's failure. */
    private CreatedMeeting madeAnyway(
            MeetingRequest request, ZoomSessionMatch match, MeetingProviderException failure) {
        Optional<ZoomJson.ListedMeeting> made;
        try {
            made = finder.find(request, match);
        } catch (RuntimeException lookup) {
            failure.addSuppressed(lookup);
            LOG.log(
                    Level.WARNING,
                    "The Zoom create of session {0} had an unknown outcome and looking for its meeting "
                            + "failed too ({1}); the next create looks again",
                    request.sessionId(),
                    lookup.getMessage());
            throw failure;
        }
        if (made.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "The Zoom create of session {0} had an unknown outcome and Zoom lists no meeting for it "
                            + "(yet); the next create looks again",
                    request.sessionId());
            throw failure;
        }
        LOG.log(
                Level.INFO,
                "The Zoom create of session {0} failed ({1}) but made meeting {2}; using it",
                request.sessionId(),
                failure.getMessage(),
                String.valueOf(made.get().id()));
        return created(request, made.get().id(), made.get().joinUrl());
    }

    private static ZoomJson.MeetingCreate body(MeetingRequest request) {
        return new ZoomJson.MeetingCreate(
                ZoomRequestFields.topic(request),
                SCHEDULED,
                ZoomRequestFields.utcStart(request),
                ZoomRequestFields.minutes(request),
                ZoomRequestFields.timezone(request),
                ZoomSessionMarker.agenda(request),
                Boolean.TRUE,
                new ZoomJson.Settings(Boolean.FALSE, Boolean.TRUE));
    }

    private static CreatedMeeting created(MeetingRequest request, Long id, String joinUrl) {
        if (id == null) {
            throw new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, "Zoom's answer has no meeting id");
        }
        MeetingUrl url;
        try {
            url = MeetingUrl.of(Platform.ZOOM, joinUrl);
        } catch (InvalidMeetingUrlException e) {
            throw new MeetingProviderException(
                    Kind.PERMANENT,
                    Platform.ZOOM,
                    "Zoom gave an unexpected join URL for meeting " + id + ": " + e.getMessage(),
                    e);
        }
        return new CreatedMeeting(url, Long.toString(id), request.mentorId().value());
    }
}
