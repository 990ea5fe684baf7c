package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.meetlinks.application.port.in.AddLinkFromEmailUseCase;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailedSessionView;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.SetManualLinkCommand;
import org.meetlinks.application.port.in.SetManualLinkUseCase;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.ProviderMeeting;

/**
 * The session's mentor sets the link by hand (signed in, or from the emailed add-a-link page); both people are told
 * the new link. A provider meeting the manual link replaces is deleted at the provider (best effort), so no meeting
 * of ours stays behind in the mentor's account.
 */
public final class ManualLinkService implements SetManualLinkUseCase, AddLinkFromEmailUseCase {
    private static final System.Logger LOG = System.getLogger(ManualLinkService.class.getName());

    private final LinkStore store;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final DeleteMeetingPort deleteMeeting;
    private final LinkViews views;
    private final EmailLinks emailLinks;
    private final Clock clock;

    public ManualLinkService(
            LinkStore store,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            DeleteMeetingPort deleteMeeting,
            LinkSettings settings,
            EmailLinks emailLinks,
            Clock clock) {
        this.store = store;
        this.deleteMeeting = deleteMeeting;
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
            MentoringSession session = store.sessions()
                    .loadSession(emailed.sessionId())
                    .filter(s -> s.isMentor(emailed.mentorId().value()))
                    .orElseThrow(() -> new EmailLinkRefusedException(
                            EmailLinkRefusedException.Reason.UNKNOWN,
                            "the session of this link is gone or has another mentor"));
            MeetingLink link = store.links().loadLinkForSession(session.id()).orElseThrow();
            return new EmailedSessionView(
                    session.topic(),
                    session.mentee().name(),
                    session.startsAt(),
                    session.endsAt(),
                    session.mentor().timeZone(),
                    views.of(link).joinUrl(),
                    link.url().map(u -> u.value()).orElse(""));
        });
    }

    @Override
    public MeetingLinkView setLinkFromEmail(String token, String rawUrl) {
        Replacement replacement = transactions.inTransaction(() -> {
            EmailLink emailed = emailLinks.usable(token, EmailLinkPurpose.ADD_LINK);
            Viewer mentor = new Viewer(emailed.mentorId().value(), Set.of(Mentors.ROLE));
            Replacement made = replace(SetManualLinkCommand.of(emailed.sessionId(), rawUrl, mentor));
            emailLinks.spend(emailed.tokenHash(), clock.instant());
            return made;
        });
        replacement.replaced().ifPresent(this::deleteReplaced);
        return replacement.view();
    }

    @Override
    public MeetingLinkView setManualLink(SetManualLinkCommand command) {
        Replacement replacement = transactions.inTransaction(() -> replace(command));
        replacement.replaced().ifPresent(this::deleteReplaced);
        return replacement.view();
    }

    /** The link as it is now, and the provider meeting the manual link replaced (if any). */
    private sealed interface Replacement permits ReplacedMeeting, NoMeetingReplaced {
        MeetingLinkView view();

        Optional<ExistingMeeting> replaced();
    }

    /** The manual link replaced a provider meeting, which is to be deleted there. */
    private record ReplacedMeeting(MeetingLinkView view, ExistingMeeting meeting) implements Replacement {
        @Override
        public Optional<ExistingMeeting> replaced() {
            return Optional.of(meeting);
        }
    }

    /** The link had no provider meeting of ours, or already had this URL. */
    private record NoMeetingReplaced(MeetingLinkView view) implements Replacement {
        @Override
        public Optional<ExistingMeeting> replaced() {
            return Optional.empty();
        }
    }

    private void deleteReplaced(ExistingMeeting meeting) {
        try {
            deleteMeeting.deleteMeeting(meeting);
        } catch (MeetingProviderException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete the " + meeting.platform() + " meeting " + meeting.externalMeetingId()
                            + " that a manual link replaced; it stays in the mentor's account",
                    e);
        }
    }

    private Replacement replace(SetManualLinkCommand command) {
        MentoringSession session = store.sessions()
                .loadSession(command.sessionId())
                .filter(s -> s.hasParticipant(command.viewer().userId())
                        || command.viewer().isAdmin())
                .orElseThrow(() -> new NotFoundException("no session " + command.sessionId()));
        if (!session.isMentor(command.viewer().userId()) && !command.viewer().isAdmin()) {
            throw new ForbiddenException("only the session's mentor can set its link");
        }
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        if (link.url().filter(command.url()::equals).isPresent()) {
            return new NoMeetingReplaced(views.of(link));
        }
        Optional<ProviderMeeting> replaced =
                link.setManualLink(command.url(), session.mentor().id().value(), clock.instant());
        store.saveLinks().updateLink(link);
        outbox.queueAll(SessionNotifications.toBoth(
                NotificationKind.LINK_UPDATED,
                session,
                "manual:" + Integer.toHexString(command.url().value().hashCode())));
        MeetingLinkView view = views.of(link);
        return replaced.<Replacement>map(m -> new ReplacedMeeting(
                        view,
                        new ExistingMeeting(
                                m.platform(),
                                m.externalMeetingId(),
                                session.mentor().id())))
                .orElse(new NoMeetingReplaced(view));
    }
}
