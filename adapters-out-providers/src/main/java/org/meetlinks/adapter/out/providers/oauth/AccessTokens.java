package org.meetlinks.adapter.out.providers.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.meetlinks.adapter.out.providers.common.BudgetSpentException;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshClaim;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Hands out a valid access token for a mentor's account on one platform, refreshing it shortly before it expires
 * (or after the provider rejected it). One refresh per grant at a time, across threads and instances: the refresh
 * is claimed in the database, the provider called with no connection held, and the result saved compare-and-set;
 * whoever finds the refresh claimed waits for its result instead of refreshing too. A grant read or refreshed a few
 * seconds ago serves again without a database read ({@link RecentGrants}).
 */
public final class AccessTokens {
    /** How often a caller waiting for another's refresh looks at the stored grant again. */
    static final Duration WAIT_STEP = Duration.ofMillis(50);
    /** A claimed refresh that neither completes nor is released (its holder died) ends this long after its call. */
    static final Duration CLAIM_MARGIN = Duration.ofSeconds(5);

    private final Platform platform;
    private final LoadProviderGrantPort grants;
    private final RefreshProviderGrantPort refreshes;
    private final ProviderOAuth oauth;
    private final Clock clock;
    private final Duration refreshMargin;
    private final RecentGrants recent;

    public AccessTokens(
            ProviderOAuth oauth,
            LoadProviderGrantPort grants,
            RefreshProviderGrantPort refreshes,
            Clock clock,
            Duration refreshMargin) {
        this.platform = oauth.platform();
        this.grants = grants;
        this.refreshes = refreshes;
        this.oauth = oauth;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
        this.recent = new RecentGrants(clock);
    }

    public Platform platform() {
        return platform;
    }

    /** A token valid for at least the refresh margin, obtained by {@code deadline}. */
    public String accessToken(MentorId mentorId, Instant deadline) {
        Optional<ProviderGrant> kept = recent.recent(mentorId).filter(this::isFresh);
        if (kept.isPresent()) {
            return kept.get().accessToken();
        }
        ProviderGrant grant = stored(mentorId);
        return isFresh(grant) ? grant.accessToken() : refresh(mentorId, token -> true, deadline);
    }

    /** The provider refused {@code rejectedToken}: get another one (unless another thread already did). */
    public String replaceRejected(MentorId mentorId, String rejectedToken, Instant deadline) {
        recent.forget(mentorId);
        return refresh(mentorId, token -> !token.equals(rejectedToken), deadline);
    }

    /** @param usable whether a fresh stored token will do (not when it is the one the provider just rejected) */
    private String refresh(MentorId mentorId, Predicate<String> usable, Instant deadline) {
        while (true) {
            Instant now = clock.instant();
            Duration callTime = Duration.between(now, deadline);
            if (callTime.isNegative()) {
                throw new BudgetSpentException(platform, Duration.ZERO);
            }
            Optional<RefreshClaim> claim = refreshes.claimRefresh(mentorId, platform, now, callTime.plus(CLAIM_MARGIN));
            if (claim.isPresent()) {
                Optional<String> token = refreshClaimed(claim.get(), usable, deadline);
                if (token.isPresent()) {
                    return token.get();
                }
                continue;
            }
            ProviderGrant latest = stored(mentorId);
            if (stillGood(latest, usable)) {
                return latest.accessToken();
            }
            pause(deadline);
        }
    }

    /** @return the new token; empty when the grant was replaced meanwhile (a reconnect), so the caller looks again */
    private Optional<String> refreshClaimed(RefreshClaim claim, Predicate<String> usable, Instant deadline) {
        ProviderGrant latest = claim.grant();
        if (stillGood(latest, usable)) {
            refreshes.releaseRefresh(claim);
            return Optional.of(recent.remember(latest).accessToken());
        }
        ProviderGrant refreshed;
        try {
            refreshed = oauth.refresh(latest, deadline);
        } catch (RuntimeException e) {
            refreshes.releaseRefresh(claim);
            throw e;
        }
        return refreshes.completeRefresh(claim, refreshed, clock.instant())
                ? Optional.of(recent.remember(refreshed).accessToken())
                : Optional.empty();
    }

    private void pause(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.compareTo(WAIT_STEP) <= 0) {
            throw new BudgetSpentException(platform, left.isNegative() ? Duration.ZERO : left);
        }
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BudgetSpentException(platform, left);
        }
    }

    /** The stored grant, now the recent one; none stored (a disconnect) is an AUTH failure. */
    private ProviderGrant stored(MentorId mentorId) {
        Optional<ProviderGrant> grant = grants.loadGrant(mentorId, platform);
        if (grant.isEmpty()) {
            recent.forget(mentorId);
            throw notConnected(mentorId);
        }
        return recent.remember(grant.get());
    }

    private boolean stillGood(ProviderGrant latest, Predicate<String> usable) {
        return isFresh(latest) && usable.test(latest.accessToken());
    }

    private boolean isFresh(ProviderGrant grant) {
        return grant.accessExpiresAt().isAfter(clock.instant().plus(refreshMargin));
    }

    private MeetingProviderException notConnected(MentorId mentorId) {
        return new MeetingProviderException(
                Kind.AUTH, platform, "mentor " + mentorId + " has no connected " + platform.accountName() + " account");
    }
}
