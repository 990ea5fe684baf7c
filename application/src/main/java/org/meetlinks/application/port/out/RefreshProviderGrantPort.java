package org.meetlinks.application.port.out;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Refreshes a grant while holding an exclusive lock on it across threads and instances (Zoom rotates
 * refresh tokens: two concurrent refreshes would kill the grant). The refresher sees the latest stored
 * grant (another thread may already have refreshed it) and its result is committed before the lock is
 * released, so the new refresh token is saved before anyone uses the new access token.
 */
public interface RefreshProviderGrantPort {
    /** @return the grant after refreshing, or empty when there is no connected grant any more */
    Optional<ProviderGrant> refreshUnderLock(MentorId mentorId, Platform platform, UnaryOperator<ProviderGrant> refresher);
}
