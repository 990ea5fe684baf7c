package org.meetlinks.adapter.out.providers.zoom;

import java.util.Objects;
import org.meetlinks.domain.SessionId;

/**
 * Whether a listed Zoom meeting is the one a create for this session made: only when its agenda carries this
 * session's marker. A meeting without the marker is never ours, whatever its topic and start (it may be the mentor's
 * own, and adopting it would let a later cancel delete it).
 */
final class ZoomSessionMatch {
    private final SessionId sessionId;

    ZoomSessionMatch(SessionId sessionId) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    }

    SessionId sessionId() {
        return sessionId;
    }

    boolean isOurs(ZoomJson.ListedMeeting meeting) {
        return ZoomSessionMarker.sessionsIn(meeting.agenda()).contains(sessionId.value());
    }
}
