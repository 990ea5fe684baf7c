package org.meetlinks.application.service;

import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.MeetingLink;

/** Turns a meeting link into what people see of it. */
final class LinkViews {
    private final LinkSettings settings;

    LinkViews(LinkSettings settings) {
        this.settings = settings;
    }

    /** The link as its mentor (or an admin) sees it. */
    MeetingLinkView of(MeetingLink link) {
        return MeetingLinkView.forMentor(
                link,
                settings.joinUrl(link.joinToken().value()),
                SessionStatusTexts.of(link.status(), link.generation(), SessionRole.MENTOR));
    }

    /** The link as {@code reader} sees it: a mentee gets neither the creator nor the internal failure reason. */
    MeetingLinkView of(MeetingLink link, SessionRole reader) {
        if (reader == SessionRole.MENTOR) {
            return of(link);
        }
        return MeetingLinkView.forMentee(
                link,
                settings.joinUrl(link.joinToken().value()),
                SessionStatusTexts.of(link.status(), link.generation(), SessionRole.MENTEE));
    }

    SharedLink shared(MeetingLink link) {
        return new SharedLink(settings.joinUrl(link.joinToken().value()), link);
    }
}
