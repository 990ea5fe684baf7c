package org.meetlinks.adapter.out.providers.zoom;

import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.JsonBodies;
import org.meetlinks.adapter.out.providers.common.NetworkFailures;
import org.meetlinks.adapter.out.providers.common.ProviderHttpException;
import org.meetlinks.adapter.out.providers.common.RetryAfter;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/**
 * Translates Zoom API failures into {@link MeetingProviderException}s. A failure after which the request may have
 * been carried out is only marked retryable when repeating the call is harmless (not for creates).
 */
final class ZoomErrors {
    /** Zoom's error code for "meeting does not exist". */
    static final int MEETING_NOT_FOUND = 3001;
    /** Zoom's error code for "Invalid access token, does not contain scopes". */
    static final int MISSING_SCOPES = 4711;

    private final Clock clock;

    ZoomErrors(Clock clock) {
        this.clock = clock;
    }

    /** @param repeatable whether doing the call twice is harmless (PATCH, DELETE, GET: yes; create: no) */
    MeetingProviderException translate(RuntimeException failure, String doing, boolean repeatable) {
        if (failure instanceof MeetingProviderException known) {
            return known;
        }
        if (failure instanceof ProviderHttpException http) {
            return fromHttp(http, doing, repeatable);
        }
        if (failure instanceof ProcessingException network) {
            String cause = NetworkFailures.describe(network);
            if (repeatable || NetworkFailures.neverConnected(network)) {
                return new RetryableProviderException(
                        Platform.ZOOM, "Zoom did not answer while " + doing + ": " + cause, network);
            }
            return new TransientProviderException(
                    Platform.ZOOM,
                    "Zoom did not answer while " + doing + " (" + cause
                            + "); the outcome is unknown, so it is not repeated at once",
                    network);
        }
        throw failure;
    }

    /**
     * A failed List meetings call made to find a session's meeting. It is never "not found": TRANSIENT (retryable at
     * once, a list changes nothing), RATE_LIMITED on 429, AUTH for a dead token or for a token without the scope to
     * list meetings (code 4711, like every call), and TRANSIENT instead of PERMANENT for other refusals, so the
     * session is not given up over a lookup.
     */
    MeetingProviderException translateLookup(RuntimeException failure, String doing) {
        MeetingProviderException translated = translate(failure, doing, true);
        if (!(failure instanceof ProviderHttpException) || translated.kind() != Kind.PERMANENT) {
            return translated;
        }
        return new TransientProviderException(Platform.ZOOM, translated.getMessage(), failure);
    }

    static Optional<Integer> code(ProviderHttpException e) {
        return JsonBodies.read(e.body(), ZoomJson.ErrorBody.class).map(ZoomJson.ErrorBody::code);
    }

    private MeetingProviderException fromHttp(ProviderHttpException e, String doing, boolean repeatable) {
        Optional<ZoomJson.ErrorBody> body = JsonBodies.read(e.body(), ZoomJson.ErrorBody.class);
        String message =
                body.map(ZoomJson.ErrorBody::message).filter(m -> !m.isBlank()).orElse("HTTP " + e.status());
        String text = "Zoom answered " + e.status()
                + body.map(ZoomJson.ErrorBody::code)
                        .map(c -> " (code " + c + ")")
                        .orElse("") + " while " + doing + ": " + message;
        if (e.status() == 429) {
            return retryAfter(e, message)
                    .map(pause -> new MeetingProviderException(Kind.RATE_LIMITED, Platform.ZOOM, text, pause, e))
                    .orElseGet(() -> new MeetingProviderException(Kind.RATE_LIMITED, Platform.ZOOM, text, e));
        }
        if (e.status() == 401) {
            return new MeetingProviderException(Kind.AUTH, Platform.ZOOM, text, e);
        }
        if (body.map(ZoomJson.ErrorBody::code).map(c -> c == MISSING_SCOPES).orElse(false)) {
            // 400 code 4711: the token lacks a scope the call needs (withheld, or removed from the app): reconnect.
            return new MeetingProviderException(
                    Kind.AUTH,
                    Platform.ZOOM,
                    text + " (the Zoom connection lacks a " + "permission meetlinks needs; connect Zoom again)",
                    e);
        }
        if (e.isServerError()) {
            return repeatable
                    ? new RetryableProviderException(Platform.ZOOM, text, e)
                    : new TransientProviderException(Platform.ZOOM, text + " (the outcome is unknown)", e);
        }
        return new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM, text, e);
    }

    private Optional<Duration> retryAfter(ProviderHttpException e, String message) {
        Optional<Duration> header = e.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock));
        if (header.isPresent()) {
            return header;
        }
        boolean daily = e.header("X-RateLimit-Type")
                        .map(t -> t.toLowerCase(Locale.ROOT).contains("daily"))
                        .orElse(false)
                || message.toLowerCase(Locale.ROOT).contains("daily rate limit");
        return daily ? Optional.of(RetryAfter.untilNextUtcMidnight(clock)) : Optional.empty();
    }
}
