package org.meetlinks.application.service;

import java.time.Clock;
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

/** The session's mentor sets the link by hand; both people are told the new link. */
public final class ManualLinkService implements SetManualLinkUseCase {
    private final LinkStore store;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final LinkViews views;
    private final Clock clock;

    public ManualLinkService(LinkStore store, QueueNotificationPort outbox, RunTransactionPort transactions,
                             LinkSettings settings, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        this.views = new LinkViews(settings);
        this.clock = clock;
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
