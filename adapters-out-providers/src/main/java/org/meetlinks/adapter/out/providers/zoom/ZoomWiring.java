package org.meetlinks.adapter.out.providers.zoom;

import java.time.Clock;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AccessTokens;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.OAuthTokenClient;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.domain.Platform;

/** Assembles the plain Zoom objects (REST client, OAuth, tokens, meeting client) from settings; no container needed. */
public final class ZoomWiring {
    private final ProviderOAuth oauth;
    private final ZoomMeetingClient meetings;

    private ZoomWiring(ProviderOAuth oauth, ZoomMeetingClient meetings) {
        this.oauth = oauth;
        this.meetings = meetings;
    }

    public static ZoomWiring create(ZoomSettings settings, LoadProviderGrantPort grants, RefreshProviderGrantPort locks,
                                    Clock clock) {
        TimedApi<ZoomApi> apis = TimedApi.build(ZoomApi.class, settings.apiBaseUri(), settings.apiTimeouts(),
                Platform.ZOOM, clock);
        ProviderOAuth oauth = new ProviderOAuth(settings.oauth(), new OAuthTokenClient(settings.oauth(), clock),
                new ZoomAccount(apis.longest(), clock), ZoomScopes.NEEDED, clock);
        AuthorizedCalls calls = new AuthorizedCalls(new AccessTokens(oauth, grants, locks, clock, settings.refreshMargin()));
        return new ZoomWiring(oauth, new ZoomMeetingClient(apis, calls, clock));
    }

    public ProviderOAuth oauth() {
        return oauth;
    }

    public PlatformMeetings meetings() {
        return meetings;
    }
}
