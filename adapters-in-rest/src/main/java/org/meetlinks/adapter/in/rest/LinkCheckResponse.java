package org.meetlinks.adapter.in.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.meetlinks.application.port.in.LinkCheckView;

/** JSON form of a session's last pre-session check. */
@Schema(name = "LinkCheck", description = "The last check of a session's provider meeting before the session")
public record LinkCheckResponse(
        String sessionId,
        @Schema(enumeration = {"GOOGLE_MEET", "ZOOM"}) String platform,

        @Schema(
                enumeration = {"OK", "RECREATED", "MOVED_BACK", "RECONNECT_NEEDED", "UNAVAILABLE"},
                description = "What the check found and did")
        String outcome,

        @Schema(description = "The same in words, for the mentor page")
        String detail,

        Instant checkedAt) {

    static LinkCheckResponse of(LinkCheckView view) {
        return new LinkCheckResponse(
                view.sessionId(), view.platform().name(), view.outcome().name(), view.detail(), view.checkedAt());
    }
}
