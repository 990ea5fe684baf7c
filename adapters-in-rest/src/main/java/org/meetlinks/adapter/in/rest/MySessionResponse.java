package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.MySessionView;

/** JSON of one dashboard row; absent values are left out. */
public record MySessionResponse(
        String sessionId,
        String startsAt,
        String endsAt,
        String timeZone,
        String topic,
        String role,
        String counterpartName,
        String joinUrl,
        String url,
        String platform,
        String status,
        String statusText,
        String failureReason) {

    static MySessionResponse of(MySessionView view) {
        return new MySessionResponse(
                view.sessionId(),
                view.startsAt().toString(),
                view.endsAt().toString(),
                view.timeZone().getId(),
                view.topic(),
                view.role().name(),
                view.counterpartName(),
                view.joinUrl().orElse(null),
                view.url().orElse(null),
                view.platform().map(Enum::name).orElse(null),
                view.status().name(),
                view.statusText(),
                view.failureReason().orElse(null));
    }
}
