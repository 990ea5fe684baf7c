package org.meetlinks.adapter.out.providers.google;

import java.time.Clock;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.RestClients;
import org.meetlinks.adapter.out.providers.oauth.AccessTokens;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.OAuthTokenClient;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;

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
        GoogleCalendarApi api = RestClients.build(GoogleCalendarApi.class, settings.apiBaseUri(), settings.apiTimeouts());
        ProviderOAuth oauth = new ProviderOAuth(settings.oauth(), new OAuthTokenClient(settings.oauth(), clock),
                new GoogleAccount(api, clock), GoogleScopes.NEEDED, clock);
        AuthorizedCalls calls = new AuthorizedCalls(new AccessTokens(oauth, grants, locks, clock, settings.refreshMargin()));
        return new GoogleWiring(oauth, new GoogleMeetClient(api, calls, settings.conferenceWait(), clock));
    }

    public ProviderOAuth oauth() {
        return oauth;
    }

    public PlatformMeetings meetings() {
        return meetings;
    }
}
