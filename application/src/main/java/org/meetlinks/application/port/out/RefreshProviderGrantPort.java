package org.meetlinks.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Coordinates the refreshes of one grant across threads and instances without holding a database connection (or a
 * row lock) while the provider is called: claim the refresh (committed), call the provider, then save the new tokens
 * only if the grant is still the claimed one (compare-and-set). Zoom rotates refresh tokens, so two concurrent
 * refreshes would kill the grant: only the claim's holder refreshes, the others wait for its result.
 */
public interface RefreshProviderGrantPort {
    /**
     * @param lease how long the claim holds if its holder never completes or releases it (a crash)
     * @return the claim with the latest stored grant; empty when another refresh holds a claim or there is no
     *         connected grant
     */
    Optional<RefreshClaim> claimRefresh(MentorId mentorId, Platform platform, Instant now, Duration lease);

    /**
     * Saves the refreshed tokens (the rotated refresh token before anyone uses the new access token) and ends the
     * claim.
     *
     * @return false when the grant changed since the claim (disconnected or replaced): nothing was saved
     */
    boolean completeRefresh(RefreshClaim claim, ProviderGrant refreshed, Instant now);

    /** Ends the claim without a refresh (the refresh failed, or was not needed after all). */
    void releaseRefresh(RefreshClaim claim);
}
