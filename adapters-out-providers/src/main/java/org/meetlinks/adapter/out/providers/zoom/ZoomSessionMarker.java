package org.meetlinks.adapter.out.providers.zoom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.SessionId;

/**
 * The agenda of a session's meeting: who the session is with, the marker {@code meetlinks-session:<sessionId>}
 * (written and read back) and the session's join link.
 */
final class ZoomSessionMarker {
    static final String PREFIX = "meetlinks-session:";
    /** Zoom's limit for an agenda (Meetings API, {@code agenda} maxLength). */
    static final int MAX_AGENDA = 2_000;
    /** Keeps the first line short, so that the marker stays inside what List meetings shows. */
    private static final int MAX_NAME = 56;
    /** A marker ends where the session id's characters ({@link SessionId}'s shape) end, e.g. at the closing ")". */
    private static final Pattern MARKER = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9._:-]+)");

    private ZoomSessionMarker() {}

    static String of(SessionId sessionId) {
        return PREFIX + sessionId.value();
    }

    /**
     * The agenda a new meeting gets: "Mentoring session with Bo Chen", the marker, and the join link, one a line. The
     * marker ends within the 250 characters List meetings shows (a name cut to 56 characters and a session id of 128 characters at
     * most); the join link is left out only if it would take the agenda past Zoom's 2,000 characters.
     */
    static String agenda(MeetingRequest request) {
        String name = request.menteeName().strip();
        String head =
                "Mentoring session with " + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name)
                        + "\nSession reference: " + of(request.sessionId());
        String withLink = head + "\nJoin link: " + request.joinUrl();
        return withLink.length() <= MAX_AGENDA ? withLink : head;
    }

    /** The session ids marked in an agenda; none for a null or unmarked agenda. */
    static List<String> sessionsIn(String agenda) {
        List<String> sessions = new ArrayList<>();
        if (agenda != null) {
            Matcher m = MARKER.matcher(agenda);
            while (m.find()) {
                sessions.add(m.group(1));
            }
        }
        return sessions;
    }
}
