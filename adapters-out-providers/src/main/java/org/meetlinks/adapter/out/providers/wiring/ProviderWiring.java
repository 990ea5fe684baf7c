package org.meetlinks.adapter.out.providers.wiring;

import java.time.Clock;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AccessTokens;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.OAuthTokenClient;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;

/** Assembles one provider's plain objects (REST client tiers, OAuth, tokens, meeting client); no container needed. */
public final class ProviderWiring {
    private final ProviderOAuth oauth;
    private final PlatformMeetings meetings;

    private ProviderWiring(ProviderOAuth oauth, PlatformMeetings meetings) {
        this.oauth = oauth;
        this.meetings = meetings;
    }

    public static <A> ProviderWiring create(
            ProviderParts<A> parts,
            ProviderSettings settings,
            LoadProviderGrantPort grants,
            RefreshProviderGrantPort locks,
            Clock clock) {
        TimedApi<A> apis = TimedApi.build(
                parts.api(),
                settings.apiBaseUri(),
                settings.apiTimeouts(),
                settings.oauth().platform(),
                clock);
        ProviderOAuth oauth = new ProviderOAuth(
                settings.oauth(),
                new OAuthTokenClient(settings.oauth(), clock),
                parts.accounts(apis.longest(), clock),
                parts.neededScopes(),
                clock);
        AuthorizedCalls calls =
                new AuthorizedCalls(new AccessTokens(oauth, grants, locks, clock, settings.refreshMargin()));
        return new ProviderWiring(oauth, parts.meetings(apis, calls, clock));
    }

    public ProviderOAuth oauth() {
        return oauth;
    }

    public PlatformMeetings meetings() {
        return meetings;
    }
}
