package org.meetlinks.application.service;

import java.time.Clock;
import java.util.Set;
import org.meetlinks.application.port.in.AddLinkFromEmailUseCase;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailedSessionView;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.SetManualLinkCommand;
import org.meetlinks.application.port.in.SetManualLinkUseCase;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * The session's mentor sets the link by hand (signed in, or from the emailed add-a-link page); both people are told
 * the new link.
 */
public final class ManualLinkService implements SetManualLinkUseCase, AddLinkFromEmailUseCase {
    private final LinkStore store;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final LinkViews views;
    private final EmailLinks emailLinks;
    private final Clock clock;

    public ManualLinkService(LinkStore store, QueueNotificationPort outbox, RunTransactionPort transactions,
                             LinkSettings settings, EmailLinks emailLinks, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        this.views = new LinkViews(settings);
        this.emailLinks = emailLinks;
        this.clock = clock;
    }

    @Override
    public EmailedSessionView openAddLink(String token) {
        return transactions.inTransaction(() -> {
            EmailLink emailed = emailLinks.usable(token, EmailLinkPurpose.ADD_LINK);
            MentoringSession session = store.sessions().loadSession(emailed.sessionId())
                    .filter(s -> s.isMentor(emailed.mentorId().value()))
                    .orElseThrow(() -> new EmailLinkRefusedException(EmailLinkRefusedException.Reason.UNKNOWN,
                            "the session of this link is gone or has another mentor"));
            MeetingLink link = store.links().loadLinkForSession(session.id()).orElseThrow();
            return new EmailedSessionView(session.topic(), session.mentee().name(), session.startsAt(),
                    session.endsAt(), session.mentor().timeZone(), views.of(link).joinUrl(),
                    link.url().map(u -> u.value()).orElse(""));
        });
    }

    @Override
    public MeetingLinkView setLinkFromEmail(String token, String rawUrl) {
        return transactions.inTransaction(() -> {
            EmailLink emailed = emailLinks.usable(token, EmailLinkPurpose.ADD_LINK);
            Viewer mentor = new Viewer(emailed.mentorId().value(), Set.of(Mentors.ROLE));
            MeetingLinkView view = setManualLink(SetManualLinkCommand.of(emailed.sessionId(), rawUrl, mentor));
            emailLinks.spend(emailed.tokenHash(), clock.instant());
            return view;
        });
    }

    @Override
    public MeetingLinkView setManualLink(SetManualLinkCommand command) {
        return transactions.inTransaction(() -> {
            MentoringSession session = store.sessions().loadSession(command.sessionId())
                    .filter(s -> s.hasParticipant(command.viewer().userId()) || command.viewer().isAdmin())
                    .orElseThrow(() -> new NotFoundException("no session " + command.sessionId()));
            if (!session.isMentor(command.viewer().userId()) && !command.viewer().isAdmin()) {
                throw new ForbiddenException("only the session's mentor can set its link");
            }
            MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
            if (link.url().filter(command.url()::equals).isPresent()) {
                return views.of(link);
            }
            link.setManualLink(command.url(), session.mentor().id().value(), clock.instant());
            store.saveLinks().updateLink(link);
            SessionNotifications.toBoth(NotificationKind.LINK_UPDATED, session,
                    "manual:" + Integer.toHexString(command.url().value().hashCode())).forEach(outbox::queue);
            return views.of(link);
        });
    }
}
