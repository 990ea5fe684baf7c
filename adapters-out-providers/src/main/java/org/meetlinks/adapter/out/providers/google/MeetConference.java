package org.meetlinks.adapter.out.providers.google;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.InvalidMeetingUrlException;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * The Meet conference of a new event: Google may answer "pending" at first, so this reads the event again (backing
 * off, within the wait's budget and the run's deadline) until the conference is made or failed, then reads its link.
 */
final class MeetConference {
    private static final String PENDING = "pending";
    private static final String FAILURE = "failure";

    private final TimedApi<GoogleCalendarApi> apis;
    private final AuthorizedCalls calls;
    private final ConferenceWait wait;
    private final Clock clock;

    MeetConference(TimedApi<GoogleCalendarApi> apis, AuthorizedCalls calls, ConferenceWait wait, Clock clock) {
        this.apis = apis;
        this.calls = calls;
        this.wait = wait;
        this.clock = clock;
    }

    /** The Meet link of {@code first} (the event as inserted or found), once Google has made its conference. */
    MeetingUrl awaitLink(MentorId owner, GoogleJson.Event first, Instant runDeadline) {
        return meetUrl(await(owner, first, runDeadline));
    }

    private GoogleJson.Event await(MentorId owner, GoogleJson.Event first, Instant runDeadline) {
        Instant waitEnds = clock.instant().plus(wait.budget());
        Instant deadline = waitEnds.isBefore(runDeadline) ? waitEnds : runDeadline;
        Duration pause = wait.firstPause();
        GoogleJson.Event event = first;
        while (PENDING.equals(conferenceStatus(event).orElse(""))) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new RetryableProviderException(
                        Platform.GOOGLE_MEET,
                        "Google is still preparing the Meet conference" + " of event " + first.id()
                                + " (the next attempt reads it again)",
                        null);
            }
            sleep(pause.compareTo(left) < 0 ? pause : left);
            pause = pause.multipliedBy(2).compareTo(wait.maxPause()) > 0 ? wait.maxPause() : pause.multipliedBy(2);
            String eventId = first.id();
            event = calls.call(
                    owner,
                    runDeadline,
                    auth -> apis.within(runDeadline).getEvent(auth, GoogleMeetClient.PRIMARY, eventId));
        }
        if (FAILURE.equals(conferenceStatus(event).orElse(""))) {
            throw conferenceFailed(owner, first.id(), runDeadline);
        }
        return event;
    }

    /** A {@code failure} conference: Meet turned off for the account (its calendar says so), or a plain failure. */
    private MeetingProviderException conferenceFailed(MentorId owner, String eventId, Instant runDeadline) {
        GoogleJson.CalendarResource calendar = calls.call(
                owner, runDeadline, auth -> apis.within(runDeadline).getCalendar(auth, GoogleMeetClient.PRIMARY));
        if (!GoogleAccount.allowsMeet(calendar)) {
            return new MeetingProviderException(
                    Kind.MEETINGS_TURNED_OFF,
                    Platform.GOOGLE_MEET,
                    "Google could not add a " + "Meet conference to event " + eventId
                            + ": Google Meet is turned off for this account");
        }
        return new MeetingProviderException(
                Kind.PERMANENT, Platform.GOOGLE_MEET, "Google could not add a Meet conference to event " + eventId);
    }

    private static MeetingUrl meetUrl(GoogleJson.Event event) {
        Optional<String> video = Optional.ofNullable(event.conferenceData())
                .map(GoogleJson.ConferenceData::entryPoints)
                .orElse(List.of())
                .stream()
                .filter(p -> "video".equals(p.entryPointType()) && p.uri() != null)
                .map(GoogleJson.EntryPoint::uri)
                .findFirst();
        String link = video.or(() -> Optional.ofNullable(event.hangoutLink()))
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT, Platform.GOOGLE_MEET, "event " + event.id() + " has no Meet link"));
        try {
            return MeetingUrl.of(Platform.GOOGLE_MEET, link);
        } catch (InvalidMeetingUrlException e) {
            throw new MeetingProviderException(
                    Kind.PERMANENT,
                    Platform.GOOGLE_MEET,
                    "Google gave an unexpected Meet link for event " + event.id() + ": " + e.getMessage(),
                    e);
        }
    }

    private static Optional<String> conferenceStatus(GoogleJson.Event event) {
        return Optional.ofNullable(event.conferenceData())
                .map(GoogleJson.ConferenceData::createRequest)
                .map(GoogleJson.CreateRequest::status)
                .map(GoogleJson.RequestStatus::statusCode);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientProviderException(
                    Platform.GOOGLE_MEET, "interrupted while waiting for the Meet conference", e);
        }
    }
}
