package org.meetlinks.application.port.in;

import java.util.Objects;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** The mentor pastes their own meeting link for a session. */
public record SetManualLinkCommand(SessionId sessionId, MeetingUrl url, Viewer viewer) {
    public SetManualLinkCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(viewer, "viewer");
        if (url == null || url.platform() != Platform.MANUAL) {
            throw new IllegalArgumentException("a manual link is validated as a MANUAL meeting URL");
        }
    }

    /** Validates the raw URL the mentor typed. */
    public static SetManualLinkCommand of(SessionId sessionId, String rawUrl, Viewer viewer) {
        return new SetManualLinkCommand(sessionId, MeetingUrl.of(Platform.MANUAL, rawUrl), viewer);
    }
}
