package org.meetlinks.application.service;

import java.time.Clock;
import java.util.Optional;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.LinkFailurePolicy;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.PlatformChoicePolicy;
import org.meetlinks.domain.SessionId;

/**
 * Makes a session's provider meeting: claims the link for one run (so that two deliveries or two instances never
 * both call the provider), runs the attempts outside any transaction, and records how the run ended.
 */
public final class GenerateMeetingLinkService {
    private final LinkClaims claims;
    private final MeetingRun run;
    private final LinkOutcomes outcomes;

    public GenerateMeetingLinkService(
            LinkStore store,
            LoadMentorPreferencePort preferences,
            LoadProviderConnectionsPort connections,
            SaveConnectionStatusPort connectionStatus,
            CreateMeetingPort createMeeting,
            DeleteMeetingPort deleteMeeting,
            UpdateMeetingPort updateMeeting,
            LockSessionPort locks,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            PlatformChoicePolicy choices,
            LinkFailurePolicy failures,
            GenerationSettings settings,
            LinkSettings links,
            RecordLinkOutcomePort metrics,
            Pauses pauses,
            Clock clock) {
        this.claims = new LinkClaims(store, preferences, connections, choices, transactions, settings, clock);
        this.outcomes = new LinkOutcomes(
                store, outbox, deleteMeeting, updateMeeting, locks, transactions, failures, metrics, links, clock);
        ConnectionOutcomes connectionOutcomes =
                new ConnectionOutcomes(connections, connectionStatus, outbox, transactions, clock);
        this.run = new MeetingRun(
                createMeeting, claims, connectionOutcomes, failures, metrics, settings, links, pauses, clock);
    }

    /** Creates the provider meeting of one session, unless it has one or another run is making it. */
    public void generate(SessionId sessionId) {
        claims.claim(sessionId).ifPresent(this::generate);
    }

    /** Runs the attempts of a run already claimed, and records how it ended. */
    void generate(Claim claim) {
        run.run(claim).record(outcomes, claim.session());
    }

    /** See {@link LinkClaims#claimNew}: to be called in the transaction that inserts the session and its link. */
    Optional<Claim> claimNew(MentoringSession session, MeetingLink link) {
        return claims.claimNew(session, link);
    }

    /** See {@link LinkClaims#release}. */
    void release(Claim claim) {
        claims.release(claim);
    }
}
