package org.meetlinks.adapter.out.providers.zoom;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.Platform;

/**
 * Looks through the mentor's scheduled Zoom meetings (List meetings, type=scheduled, all pages) for the one an
 * earlier create of the session may have made: the one whose agenda carries the session's marker.
 */
final class ZoomMeetingFinder {
    private static final System.Logger LOG = System.getLogger(ZoomMeetingFinder.class.getName());
    /** All unexpired scheduled meetings: past, live and upcoming (upcoming alone would miss a started session's). */
    static final String SCHEDULED = "scheduled";
    /** Zoom's largest page. */
    static final int PAGE_SIZE = 300;
    /** At most this many pages (List meetings calls) per lookup. */
    static final int MAX_PAGES = 10;

    private final TimedApi<ZoomApi> apis;
    private final AuthorizedCalls calls;
    private final ZoomErrors errors;

    ZoomMeetingFinder(TimedApi<ZoomApi> apis, AuthorizedCalls calls, ZoomErrors errors) {
        this.apis = apis;
        this.calls = calls;
        this.errors = errors;
    }

    /**
     * @return the session's meeting, or empty when Zoom lists none
     * @throws org.meetlinks.application.port.out.MeetingProviderException when Zoom could not be asked (never
     *         "not found": a failed lookup must not lead to a create)
     */
    Optional<ZoomJson.ListedMeeting> find(MeetingRequest request, ZoomSessionMatch match) {
        String token = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            ZoomJson.MeetingList list = page(request, token);
            for (ZoomJson.ListedMeeting meeting :
                    Optional.ofNullable(list.meetings()).orElse(List.of())) {
                if (match.isOurs(meeting)) {
                    return Optional.of(meeting);
                }
            }
            token = list.nextPageToken();
            if (token == null || token.isEmpty()) {
                return Optional.empty();
            }
        }
        LOG.log(
                Level.WARNING,
                "Zoom lists more than {0} meetings for mentor {1}; only those were searched for the "
                        + "meeting of session {2}",
                MAX_PAGES * PAGE_SIZE,
                request.mentorId(),
                match.sessionId());
        return Optional.empty();
    }

    private ZoomJson.MeetingList page(MeetingRequest request, String token) {
        String doing = "looking for the meeting of session " + request.sessionId();
        ZoomJson.MeetingList list;
        try {
            list = calls.call(
                    request.mentorId(),
                    request.deadline(),
                    auth -> apis.within(request.deadline()).listMeetings(auth, SCHEDULED, PAGE_SIZE, token));
        } catch (RuntimeException e) {
            throw errors.translateLookup(e, doing);
        }
        if (list == null) {
            throw new TransientProviderException(
                    Platform.ZOOM, "Zoom answered List meetings without a body while " + doing, null);
        }
        return list;
    }
}
