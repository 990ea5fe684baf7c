package org.meetlinks.adapter.out.providers.google;

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
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Google Meet through Calendar events on the mentor's primary calendar: insert with a deterministic id and a
 * hangoutsMeet create request, 409 = made before (read it), wait out a pending conference, patch, delete.
 */
public final class GoogleMeetClient implements PlatformMeetings {
    private static final System.Logger LOG = System.getLogger(GoogleMeetClient.class.getName());
    static final String PRIMARY = "primary";
    private static final int CONFERENCE_DATA_VERSION = 1;
    private static final String SEND_UPDATES = "none";
    private static final String CANCELLED = "cancelled";
    /** How many times a session's event may be deleted at Google and made anew. */
    static final int MAX_REVISIONS = 20;

    /** Moving or deleting an event is not on the 5-second path; it gets this long. */
    static final Duration CHANGE_BUDGET = Duration.ofSeconds(15);

    private final TimedApi<GoogleCalendarApi> apis;
    private final AuthorizedCalls calls;
    private final MeetConference conference;
    private final GoogleErrors errors;
    private final Clock clock;

    public GoogleMeetClient(TimedApi<GoogleCalendarApi> apis, AuthorizedCalls calls, ConferenceWait wait, Clock clock) {
        this.apis = apis;
        this.calls = calls;
        this.conference = new MeetConference(apis, calls, wait, clock);
        this.errors = new GoogleErrors(clock);
        this.clock = clock;
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        MentorId owner = request.mentorId();
        try {
            GoogleJson.Event found = insertOrFind(owner, request);
            MeetingUrl link = conference.awaitLink(owner, found, request.deadline());
            return new CreatedMeeting(link, found.id(), owner.value());
        } catch (RuntimeException e) {
            throw errors.translate(e, "creating the Meet event of session " + request.sessionId());
        }
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        GoogleJson.Event patch = GoogleEventBodies.move(request);
        try {
            calls.call(
                    meeting.owner(),
                    request.deadline(),
                    auth -> apis.within(request.deadline())
                            .patchEvent(
                                    auth,
                                    PRIMARY,
                                    meeting.externalMeetingId(),
                                    CONFERENCE_DATA_VERSION,
                                    SEND_UPDATES,
                                    patch));
        } catch (ProviderHttpException e) {
            if (GoogleErrors.isGone(e)) {
                throw new MeetingProviderException(
                        Kind.PERMANENT,
                        Platform.GOOGLE_MEET,
                        "the calendar event " + meeting.externalMeetingId() + " no longer exists",
                        e);
            }
            throw errors.translate(e, "moving event " + meeting.externalMeetingId());
        } catch (RuntimeException e) {
            throw errors.translate(e, "moving event " + meeting.externalMeetingId());
        }
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        try {
            Instant deadline = clock.instant().plus(CHANGE_BUDGET);
            calls.run(
                    meeting.owner(),
                    deadline,
                    auth -> apis.within(deadline)
                            .deleteEvent(auth, PRIMARY, meeting.externalMeetingId(), SEND_UPDATES));
        } catch (ProviderHttpException e) {
            if (!GoogleErrors.isGone(e)) {
                throw errors.translate(e, "deleting event " + meeting.externalMeetingId());
            }
            LOG.log(Level.INFO, "Calendar event {0} was already gone", meeting.externalMeetingId());
        } catch (RuntimeException e) {
            throw errors.translate(e, "deleting event " + meeting.externalMeetingId());
        }
    }

    @Override
    public Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline) {
        try {
            GoogleJson.Event event = calls.call(
                    meeting.owner(),
                    deadline,
                    auth -> apis.within(deadline).getEvent(auth, PRIMARY, meeting.externalMeetingId()));
            if (CANCELLED.equals(event.status())) {
                return Optional.empty();
            }
            return Optional.of(new ScheduledMeeting(instant(event.start(), meeting), instant(event.end(), meeting)));
        } catch (ProviderHttpException e) {
            if (GoogleErrors.isGone(e)) {
                return Optional.empty();
            }
            throw errors.translate(e, "reading event " + meeting.externalMeetingId());
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading event " + meeting.externalMeetingId());
        }
    }

    private static Instant instant(GoogleJson.EventTime time, ExistingMeeting meeting) {
        if (time == null || time.dateTime() == null) {
            throw new MeetingProviderException(
                    Kind.PERMANENT,
                    Platform.GOOGLE_MEET,
                    "event " + meeting.externalMeetingId() + " has no start or end time");
        }
        try {
            return java.time.OffsetDateTime.parse(time.dateTime()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new MeetingProviderException(
                    Kind.PERMANENT,
                    Platform.GOOGLE_MEET,
                    "event " + meeting.externalMeetingId() + " has an unreadable time " + time.dateTime(),
                    e);
        }
    }

    /**
     * Inserts the session's event under its deterministic id, or finds the one an earlier attempt made (409). An
     * event the owner deleted stays at Google as "cancelled" and keeps its id, so the session's next event takes the
     * next revision's id; a retry walks the same ids and finds the live one.
     */
    private GoogleJson.Event insertOrFind(MentorId owner, MeetingRequest request) {
        for (int revision = 0; revision < MAX_REVISIONS; revision++) {
            String eventId = GoogleEventIds.eventId(request.sessionId(), revision);
            GoogleJson.Event event = GoogleEventBodies.newEvent(request, eventId, revision);
            try {
                return calls.call(
                        owner,
                        request.deadline(),
                        auth -> apis.within(request.deadline())
                                .insertEvent(auth, PRIMARY, CONFERENCE_DATA_VERSION, SEND_UPDATES, event));
            } catch (ProviderHttpException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
            GoogleJson.Event existing = calls.call(
                    owner,
                    request.deadline(),
                    auth -> apis.within(request.deadline()).getEvent(auth, PRIMARY, eventId));
            if (!CANCELLED.equals(existing.status())) {
                LOG.log(
                        Level.INFO,
                        "Event {0} of session {1} exists from an earlier attempt; using it",
                        eventId,
                        request.sessionId());
                return existing;
            }
            LOG.log(
                    Level.INFO,
                    "Event {0} of session {1} was deleted at Google; making the next one",
                    eventId,
                    request.sessionId());
        }
        throw new MeetingProviderException(
                Kind.PERMANENT,
                Platform.GOOGLE_MEET,
                "the calendar events of session " + request.sessionId() + " were deleted " + MAX_REVISIONS
                        + " times; add a link by hand");
    }
}
