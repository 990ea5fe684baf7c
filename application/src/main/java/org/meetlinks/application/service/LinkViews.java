package org.meetlinks.application.service;

import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;

/** Turns a meeting link into what people see of it. */
final class LinkViews {
    private final LinkSettings settings;

    LinkViews(LinkSettings settings) {
        this.settings = settings;
    }

    MeetingLinkView of(MeetingLink link) {
        return new MeetingLinkView(link.sessionId().value(), settings.joinUrl(link.joinToken().value()),
                link.url().map(MeetingUrl::value), link.platform(), link.status(), link.creatorId(),
                link.failureReason());
    }

    SharedLink shared(MeetingLink link) {
        return new SharedLink(settings.joinUrl(link.joinToken().value()), link);
    }
}
