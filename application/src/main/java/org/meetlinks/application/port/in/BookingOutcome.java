package org.meetlinks.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** Result of handling one booking event: what it did, and the session's link afterwards (none while held). */
public final class BookingOutcome {

    /** What the event did. */
    public enum Result {
        /** The change was made. */
        APPLIED,
        /** The event id was handled before: nothing changed. */
        DUPLICATE,
        /** The session is not confirmed yet: the change is kept and applied when the confirmation comes. */
        HELD,
        /** A newer change or a cancellation wins: the event was recorded and changed nothing. */
        IGNORED
    }

    private final String eventId;
    private final String sessionId;
    private final Result result;
    private final MeetingLinkView meetingLink;

    private BookingOutcome(String eventId, String sessionId, Result result, MeetingLinkView meetingLink) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.result = Objects.requireNonNull(result, "result");
        this.meetingLink = meetingLink;
    }

    /** The event reached a stored session. */
    public static BookingOutcome of(String eventId, String sessionId, Result result, MeetingLinkView meetingLink) {
        if (result == Result.HELD) {
            throw new IllegalArgumentException("a held event has no link yet");
        }
        return new BookingOutcome(eventId, sessionId, result, Objects.requireNonNull(meetingLink, "meetingLink"));
    }

    /** The event came before its session's confirmation (or is a redelivery of such an event). */
    public static BookingOutcome beforeConfirmation(String eventId, String sessionId, boolean duplicate) {
        return new BookingOutcome(eventId, sessionId, duplicate ? Result.DUPLICATE : Result.HELD, null);
    }

    public String eventId() {
        return eventId;
    }

    public String sessionId() {
        return sessionId;
    }

    public Result result() {
        return result;
    }

    /** True when the event id was handled before. */
    public boolean duplicate() {
        return result == Result.DUPLICATE;
    }

    /** The session's link; empty while the session is not confirmed. */
    public Optional<MeetingLinkView> meetingLink() {
        return Optional.ofNullable(meetingLink);
    }
}
