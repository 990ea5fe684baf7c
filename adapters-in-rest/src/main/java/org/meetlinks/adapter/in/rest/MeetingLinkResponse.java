package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.MeetingLinkView;

/** JSON of a session's meeting link; absent values are left out (a mentee gets no creator and no failure reason). */
public record MeetingLinkResponse(
        String sessionId,
        String joinUrl,
        String url,
        String platform,
        String status,
        String statusText,
        String creatorId,
        String failureReason) {

    static MeetingLinkResponse of(MeetingLinkView view) {
        return new MeetingLinkResponse(
                view.sessionId(),
                view.joinUrl(),
                view.url().orElse(null),
                view.platform().map(Enum::name).orElse(null),
                view.status().name(),
                view.statusText(),
                view.creatorId().orElse(null),
                view.failureReason().orElse(null));
    }
}
