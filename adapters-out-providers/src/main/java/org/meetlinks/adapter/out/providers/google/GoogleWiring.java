package org.meetlinks.adapter.out.providers.google;

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

/** Assembles the plain Google objects (REST client, OAuth, tokens, meet client) from settings; no container needed. */
public final class GoogleWiring {
    private final ProviderOAuth oauth;
    private final GoogleMeetClient meetings;

    private GoogleWiring(ProviderOAuth oauth, GoogleMeetClient meetings) {
        this.oauth = oauth;
        this.meetings = meetings;
    }

    public static GoogleWiring create(GoogleSettings settings, LoadProviderGrantPort grants,
                                      RefreshProviderGrantPort locks, Clock clock) {
        TimedApi<GoogleCalendarApi> apis = TimedApi.build(GoogleCalendarApi.class, settings.apiBaseUri(),
                settings.apiTimeouts(), Platform.GOOGLE_MEET, clock);
        ProviderOAuth oauth = new ProviderOAuth(settings.oauth(), new OAuthTokenClient(settings.oauth(), clock),
                new GoogleAccount(apis.longest(), clock), GoogleScopes.NEEDED, clock);
        AuthorizedCalls calls = new AuthorizedCalls(new AccessTokens(oauth, grants, locks, clock, settings.refreshMargin()));
        return new GoogleWiring(oauth, new GoogleMeetClient(apis, calls, settings.conferenceWait(), clock));
    }

    public ProviderOAuth oauth() {
        return oauth;
    }

    public PlatformMeetings meetings() {
        return meetings;
    }
}
