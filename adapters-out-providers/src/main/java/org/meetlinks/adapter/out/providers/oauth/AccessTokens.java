package org.meetlinks.adapter.out.providers.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Hands out a valid access token for a mentor's account on one platform, refreshing it under the grant's
 * lock shortly before it expires (or after the provider rejected it) so concurrent refreshes never race.
 */
public final class AccessTokens {
    private final Platform platform;
    private final LoadProviderGrantPort grants;
    private final RefreshProviderGrantPort locks;
    private final ProviderOAuth oauth;
    private final Clock clock;
    private final Duration refreshMargin;

    public AccessTokens(ProviderOAuth oauth, LoadProviderGrantPort grants, RefreshProviderGrantPort locks, Clock clock,
                        Duration refreshMargin) {
        this.platform = oauth.platform();
        this.grants = grants;
        this.locks = locks;
        this.oauth = oauth;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    public Platform platform() {
        return platform;
    }

    /** A token valid for at least the refresh margin. */
    public String accessToken(MentorId mentorId) {
        ProviderGrant grant = grants.loadGrant(mentorId, platform).orElseThrow(() -> notConnected(mentorId));
        return isFresh(grant) ? grant.accessToken() : refresh(mentorId, Optional.empty());
    }

    /** The provider refused {@code rejectedToken}: get another one (unless another thread already did). */
    public String replaceRejected(MentorId mentorId, String rejectedToken) {
        return refresh(mentorId, Optional.of(rejectedToken));
    }

    private String refresh(MentorId mentorId, Optional<String> rejected) {
        return locks.refreshUnderLock(mentorId, platform, latest -> stillGood(latest, rejected) ? latest : oauth.refresh(latest))
                .orElseThrow(() -> notConnected(mentorId))
                .accessToken();
    }

    private boolean stillGood(ProviderGrant latest, Optional<String> rejected) {
        return isFresh(latest) && rejected.map(token -> !token.equals(latest.accessToken())).orElse(true);
    }

    private boolean isFresh(ProviderGrant grant) {
        return grant.accessExpiresAt().isAfter(clock.instant().plus(refreshMargin));
    }

    private MeetingProviderException notConnected(MentorId mentorId) {
        return new MeetingProviderException(Kind.AUTH, platform, "mentor " + mentorId + " has no connected "
                + (platform == Platform.ZOOM ? "Zoom" : "Google") + " account");
    }
}
