package org.meetlinks.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.PlatformChoice;
import org.meetlinks.domain.PlatformChoicePolicy;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/**
 * Takes the right to make a session's meeting for one run of attempts (optimistic locking: one run per link across
 * threads and instances), with the run's deadline: the first run ends within the confirmation's time budget, a
 * background run gets a budget of its own. The claim (its lease) always outlives the run.
 */
final class LinkClaims {
    private final LinkStore store;
    private final LoadMentorPreferencePort preferences;
    private final LoadProviderConnectionsPort connections;
    private final PlatformChoicePolicy choices;
    private final RunTransactionPort transactions;
    private final GenerationSettings settings;
    private final Clock clock;

    LinkClaims(
            LinkStore store,
            LoadMentorPreferencePort preferences,
            LoadProviderConnectionsPort connections,
            PlatformChoicePolicy choices,
            RunTransactionPort transactions,
            GenerationSettings settings,
            Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.connections = connections;
        this.choices = choices;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return empty when the session needs no meeting (any more) or another run holds its link */
    Optional<Claim> claim(SessionId sessionId) {
        try {
            return transactions.inTransaction(() -> claimNow(sessionId));
        } catch (ConcurrentUpdateException e) {
            return Optional.empty();
        }
    }

    /**
     * Claims the first run of a session's new link inside the transaction that is about to insert both (the caller's),
     * so the run needs no claim transaction of its own.
     *
     * @return empty when the link needs no meeting
     */
    Optional<Claim> claimNew(MentoringSession session, MeetingLink link) {
        return claimLoaded(session, link);
    }

    /**
     * Gives back the claim of a run that never started (no worker took it), so the sweep can run it at once, with its
     * first-run budget, and without looking for a meeting no create made. A lease that ran out meanwhile is not ours
     * any more: then nothing changes.
     */
    void release(Claim claim) {
        transactions.runInTransaction(() -> store.loadWithLink(claim.session().id())
                .map(LinkStore.Stored::link)
                .filter(link -> link.generation()
                        .leaseUntil()
                        .filter(until -> until.isAfter(clock.instant()))
                        .isPresent())
                .ifPresent(link -> {
                    link.releaseUnstartedRun(claim.meetingMayExist());
                    store.saveLinks().updateLink(link);
                }));
    }

    /** Where the mentor's meetings are made now (read again after a grant was refused mid-run). */
    PlatformChoice choose(MentorId mentor) {
        return transactions.inTransaction(() -> chooseNow(mentor, connections.loadConnections(mentor)));
    }

    /** The mentor's connection on {@code platform} as it is now: the grant a call about to be made will use. */
    Optional<ProviderConnection> connectionOn(MentorId mentor, Platform platform) {
        return transactions.inTransaction(() -> connections.loadConnections(mentor).stream()
                .filter(c -> c.platform() == platform)
                .findFirst());
    }

    private Optional<Claim> claimNow(SessionId sessionId) {
        Optional<LinkStore.Stored> found =
                store.loadWithLink(sessionId).filter(stored -> stored.session().state() == SessionState.CONFIRMED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeetingLink link = found.get().link();
        Optional<Claim> claim = claimLoaded(found.get().session(), link);
        claim.ifPresent(c -> store.saveLinks().updateLink(link));
        return claim;
    }

    /** Claims {@code link} in memory (the caller saves it) and reads where its meeting is to be made. */
    private Optional<Claim> claimLoaded(MentoringSession session, MeetingLink link) {
        Instant now = clock.instant();
        Instant deadline = deadline(link, now);
        if (!link.claimGeneration(now, Duration.between(now, deadline).plus(settings.leaseMargin()))) {
            return Optional.empty();
        }
        MentorId mentor = session.mentor().id();
        List<ProviderConnection> mentorConnections = connections.loadConnections(mentor);
        PlatformChoice choice = chooseNow(mentor, mentorConnections);
        boolean meetingMayExist = choice instanceof PlatformChoice.MentorAccount && link.beginCreate();
        return Optional.of(new Claim(session, link.joinToken(), choice, deadline, meetingMayExist, mentorConnections));
    }

    private PlatformChoice chooseNow(MentorId mentor, List<ProviderConnection> mentorConnections) {
        return preferences
                .loadPreference(mentor)
                .map(preference -> choices.choose(preference, mentorConnections))
                .orElseGet(() -> choices.choose(mentorConnections));
    }

    /**
     * The first run of a link ends {@code firstRunBudget} after the confirmation was stored, if that leaves room for
     * a couple of calls (a run that started late, say after a full pool, gets a whole background budget instead).
     */
    private Instant deadline(MeetingLink link, Instant now) {
        if (link.generation().attempts() == 0) {
            Instant firstRunEnds = link.createdAt().plus(settings.firstRunBudget());
            if (Duration.between(now, firstRunEnds)
                            .compareTo(settings.shortestCall().multipliedBy(2))
                    >= 0) {
                return firstRunEnds;
            }
        }
        return now.plus(settings.retryRunBudget());
    }
}
