package org.meetlinks.adapter.out.providers.zoom;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.meetlinks.domain.SessionId;

/**
 * Whether a listed Zoom meeting is the one a create for this session made: its agenda marks this session, or, when
 * its agenda carries no session marker at all (Zoom may leave the agenda out of lists), same topic and same start.
 */
final class ZoomSessionMatch {

    /** How surely a listed meeting belongs to the session. */
    enum Strength {
        /** Not the session's meeting (for instance one marked for another session). */
        NONE,
        /** Unmarked, but with the topic and start the session's create sends. */
        SAME_TOPIC_AND_START,
        /** The agenda marks this session. */
        MARKER
    }

    private final SessionId sessionId;
    private final String topic;
    private final Instant start;

    /**
     * @param topic the topic exactly as the create sends it
     * @param start the start as the create sends it (whole seconds)
     */
    ZoomSessionMatch(SessionId sessionId, String topic, Instant start) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.start = Objects.requireNonNull(start, "start");
    }

    SessionId sessionId() {
        return sessionId;
    }

    Strength of(ZoomJson.ListedMeeting meeting) {
        List<String> marked = ZoomSessionMarker.sessionsIn(meeting.agenda());
        if (marked.contains(sessionId.value())) {
            return Strength.MARKER;
        }
        if (!marked.isEmpty() || !topic.equals(meeting.topic())) {
            return Strength.NONE;
        }
        return start.equals(parse(meeting.startTime())) ? Strength.SAME_TOPIC_AND_START : Strength.NONE;
    }

    /** Zoom lists start_time in GMT ("...Z"); a missing or unreadable time cannot match (null). */
    private static Instant parse(String startTime) {
        if (startTime == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(startTime).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
