package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkFailurePolicy;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.PlatformChoice;
import org.meetlinks.domain.ProviderConnection;

/**
 * One run of attempts at a session's meeting, ending by the claim's deadline: calls the provider outside any
 * transaction, tries again at once what may succeed at once (the failure policy decides, the budget allows), moves
 * to the mentor's other account when a grant is refused or the account's meetings are turned off, and says how the
 * run ended.
 */
final class MeetingRun {
    private static final System.Logger LOG = System.getLogger(MeetingRun.class.getName());

    private final CreateMeetingPort provider;
    private final LinkClaims claims;
    private final ConnectionOutcomes connectionOutcomes;
    private final LinkFailurePolicy policy;
    private final RecordLinkOutcomePort metrics;
    private final GenerationSettings settings;
    private final LinkSettings links;
    private final Pauses pauses;
    private final Clock clock;

    MeetingRun(
            CreateMeetingPort provider,
            LinkClaims claims,
            ConnectionOutcomes connectionOutcomes,
            LinkFailurePolicy policy,
            RecordLinkOutcomePort metrics,
            GenerationSettings settings,
            LinkSettings links,
            Pauses pauses,
            Clock clock) {
        this.provider = provider;
        this.claims = claims;
        this.connectionOutcomes = connectionOutcomes;
        this.policy = policy;
        this.metrics = metrics;
        this.settings = settings;
        this.links = links;
        this.pauses = pauses;
        this.clock = clock;
    }

    RunResult run(Claim claim) {
        MentoringSession session = claim.session();
        PlatformChoice choice = claim.choice();
        boolean mayExist = claim.meetingMayExist();
        String joinUrl = links.joinUrl(claim.joinToken().value());
        boolean firstCall = true;
        while (true) {
            if (choice instanceof PlatformChoice.ManualLinkNeeded manual) {
                return new RunResult.Failed(manual.kind(), manual.reason(), Duration.ZERO, mayExist);
            } else if (!(choice instanceof PlatformChoice.MentorAccount account)) {
                throw new IllegalStateException("unknown platform choice " + choice);
            } else {
                Platform platform = account.platform();
                // The grant the call will use: a refusal is applied to it only, not to one a reconnect brings
                // meanwhile.
                // The first call's is the one the claim read a moment ago; later calls read it again.
                Optional<ProviderConnection> used = firstCall
                        ? claim.connectionOn(platform)
                        : claims.connectionOn(session.mentor().id(), platform);
                firstCall = false;
                RunResult attempt = attempt(session, joinUrl, platform, claim.deadline(), mayExist);
                Optional<RunResult.Failed> failure = attempt.failure();
                if (failure.isEmpty()) {
                    return attempt;
                }
                RunResult.Failed failed = failure.get();
                mayExist = failed.meetingMayExist();
                Duration left = Duration.between(clock.instant(), claim.deadline());
                if (failed.kind() == FailureKind.AUTH || failed.kind() == FailureKind.MEETINGS_TURNED_OFF) {
                    if (failed.kind() == FailureKind.AUTH) {
                        used.ifPresent(
                                connection -> connectionOutcomes.grantRefused(session, connection, failed.reason()));
                    } else {
                        connectionOutcomes.meetingsTurnedOff(session, platform);
                    }
                    PlatformChoice next = claims.choose(session.mentor().id());
                    if (next instanceof PlatformChoice.MentorAccount other
                            && other.platform() != platform
                            && left.compareTo(settings.shortestCall()) >= 0) {
                        choice = next;
                        continue;
                    }
                    return failed;
                }
                Optional<Duration> pause = policy.retryWithinRun(failed.call(), left, settings.shortestCall());
                if (pause.isEmpty()) {
                    return failed;
                }
                pauses.pause(pause.get());
            }
        }
    }

    /** One provider call (with the calls it needs, such as a token refresh or a lookup) and how it went. */
    private RunResult attempt(
            MentoringSession session, String joinUrl, Platform platform, Instant deadline, boolean mayExist) {
        Instant started = clock.instant();
        try {
            CreatedMeeting meeting =
                    provider.createMeeting(MeetingRequest.of(platform, session, joinUrl, deadline, mayExist));
            return new RunResult.Made(platform, meeting, Duration.between(started, clock.instant()), mayExist);
        } catch (MeetingProviderException e) {
            FailureKind kind = ProviderFailures.kindOf(e);
            metrics.failed(platform, kind);
            LOG.log(
                    Level.INFO,
                    "No {0} meeting for session {1} yet ({2}): {3}",
                    platform,
                    session.id(),
                    kind,
                    e.getMessage());
            String reason = platform.accountName() + " could not create the meeting: " + e.getMessage();
            return new RunResult.Failed(
                    kind, reason, e.retryAfter().orElse(Duration.ZERO), mayExist || e.mayHaveTakenEffect());
        } catch (RuntimeException e) {
            // Not a provider answer we know: most likely a bug. Capped retries in the background, then the mentor.
            metrics.failed(platform, FailureKind.UNEXPECTED);
            LOG.log(
                    Level.ERROR,
                    "Making the " + platform + " meeting of session " + session.id()
                            + " failed unexpectedly; it is retried in the background",
                    e);
            return new RunResult.Failed(
                    FailureKind.UNEXPECTED,
                    "an unexpected error while creating the " + platform.displayName() + " meeting ("
                            + e.getClass().getSimpleName() + ")",
                    Duration.ZERO,
                    true);
        }
    }
}
