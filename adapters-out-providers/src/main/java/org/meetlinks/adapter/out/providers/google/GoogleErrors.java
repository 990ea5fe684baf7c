package org.meetlinks.adapter.out.providers.google;

import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meetlinks.adapter.out.providers.common.JsonBodies;
import org.meetlinks.adapter.out.providers.common.NetworkFailures;
import org.meetlinks.adapter.out.providers.common.ProviderHttpException;
import org.meetlinks.adapter.out.providers.common.RetryAfter;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** Translates Calendar API failures into {@link MeetingProviderException}s (all our Google calls are safe to repeat). */
final class GoogleErrors {
    /** 403 reasons that mean "slow down", not "forbidden". */
    private static final Set<String> RATE_REASONS =
            Set.of("rateLimitExceeded", "userRateLimitExceeded", "dailyLimitExceeded", "quotaExceeded");

    /** 400 message when the calendar does not allow the requested conference solution. */
    private static final String INVALID_CONFERENCE_TYPE = "Invalid conference type value";
    /** 403 reason for a token without the scope the call needs. */
    private static final String INSUFFICIENT_PERMISSIONS = "insufficientPermissions";

    private final Clock clock;

    GoogleErrors(Clock clock) {
        this.clock = clock;
    }

    MeetingProviderException translate(RuntimeException failure, String doing) {
        if (failure instanceof MeetingProviderException known) {
            return known;
        }
        if (failure instanceof ProviderHttpException http) {
            return fromHttp(http, doing);
        }
        if (failure instanceof ProcessingException network) {
            return new RetryableProviderException(
                    Platform.GOOGLE_MEET,
                    "Google Calendar did not answer while " + doing + ": " + NetworkFailures.describe(network),
                    network);
        }
        throw failure;
    }

    static boolean isGone(ProviderHttpException e) {
        return e.status() == 404 || e.status() == 410;
    }

    private MeetingProviderException fromHttp(ProviderHttpException e, String doing) {
        Optional<GoogleJson.ApiError> error =
                JsonBodies.read(e.body(), GoogleJson.ErrorBody.class).map(GoogleJson.ErrorBody::error);
        String message = error.map(GoogleJson.ApiError::message)
                .filter(m -> !m.isBlank())
                .orElse("HTTP " + e.status());
        List<GoogleJson.ErrorItem> items =
                error.map(GoogleJson.ApiError::errors).orElse(List.of());
        boolean rateReason = items.stream().anyMatch(i -> i.reason() != null && RATE_REASONS.contains(i.reason()));
        String text = "Google Calendar answered " + e.status() + " while " + doing + ": " + message;
        if (e.status() == 429 || (e.status() == 403 && rateReason)) {
            return e.header("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock))
                    .map(pause -> new MeetingProviderException(Kind.RATE_LIMITED, Platform.GOOGLE_MEET, text, pause, e))
                    .orElseGet(() -> new MeetingProviderException(Kind.RATE_LIMITED, Platform.GOOGLE_MEET, text, e));
        }
        if (e.status() == 401) {
            return new MeetingProviderException(Kind.AUTH, Platform.GOOGLE_MEET, text, e);
        }
        if (e.status() == 403 && items.stream().anyMatch(i -> INSUFFICIENT_PERMISSIONS.equals(i.reason()))) {
            // The grant lacks a Calendar scope (withheld at consent, or removed since): reconnecting fixes it.
            return new MeetingProviderException(
                    Kind.AUTH,
                    Platform.GOOGLE_MEET,
                    text + " (the Google connection lacks "
                            + "a Calendar permission meetlinks needs; connect Google again and allow all it asks for)",
                    e);
        }
        if (e.status() == 400 && message.startsWith(INVALID_CONFERENCE_TYPE)) {
            // hangoutsMeet is not allowed for this calendar: the Workspace admin turned Google Meet off.
            return new MeetingProviderException(
                    Kind.MEETINGS_TURNED_OFF,
                    Platform.GOOGLE_MEET,
                    text + " (Google Meet is turned off for this account)",
                    e);
        }
        if (e.isServerError()) {
            return new RetryableProviderException(Platform.GOOGLE_MEET, text, e);
        }
        return new MeetingProviderException(Kind.PERMANENT, Platform.GOOGLE_MEET, text, e);
    }
}
