package org.meetlinks.application.port.in;

/** The "add a link by hand" page an emailed link opens: one session of one mentor, without signing in. */
public interface AddLinkFromEmailUseCase {
    /**
     * What the page shows about the session the link is for; opening it spends nothing.
     *
     * @throws EmailLinkRefusedException when the link is unknown, used or expired
     */
    EmailedSessionView openAddLink(String token);

    /**
     * Sets the session's link by hand as its mentor would, and spends the emailed link with it (one transaction).
     *
     * @throws EmailLinkRefusedException when the link is unknown, used or expired: nothing changed
     * @throws org.meetlinks.domain.DomainException when the URL is not a usable meeting link: nothing changed
     * @throws ForbiddenException when the session's mentor is no longer the one the link was sent to
     */
    MeetingLinkView setLinkFromEmail(String token, String rawUrl);
}
