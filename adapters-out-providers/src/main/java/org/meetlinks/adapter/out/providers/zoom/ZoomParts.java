package org.meetlinks.adapter.out.providers.zoom;

import java.time.Clock;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AccountLookup;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.adapter.out.providers.wiring.ProviderDefaults;
import org.meetlinks.adapter.out.providers.wiring.ProviderParts;
import org.meetlinks.domain.Platform;

/** Zoom's parts of the provider wiring: the Zoom API, /users/me as account, its scopes, scheduled meetings. */
public final class ZoomParts implements ProviderParts<ZoomApi> {
    /** Zoom's own endpoints; no scopes: Zoom takes them from the Marketplace app and refuses them in the URL. */
    public static final ProviderDefaults DEFAULTS = new ProviderDefaults(
            Platform.ZOOM,
            "meetlinks.zoom",
            OAuthDialect.ZOOM,
            "https://api.zoom.us/v2",
            "https://zoom.us/oauth/authorize",
            "https://zoom.us/oauth/token",
            "https://zoom.us/oauth/revoke",
            "http://localhost:9080/oauth/zoom/callback",
            "");

    @Override
    public ProviderDefaults defaults() {
        return DEFAULTS;
    }

    @Override
    public Class<ZoomApi> api() {
        return ZoomApi.class;
    }

    @Override
    public AccountLookup accounts(ZoomApi api, Clock clock) {
        return new ZoomAccount(api, clock);
    }

    @Override
    public NeededScopes neededScopes() {
        return ZoomScopes.NEEDED;
    }

    @Override
    public PlatformMeetings meetings(TimedApi<ZoomApi> apis, AuthorizedCalls calls, Clock clock) {
        return new ZoomMeetingClient(apis, calls, clock);
    }
}
