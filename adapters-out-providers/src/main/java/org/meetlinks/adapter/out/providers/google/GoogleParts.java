package org.meetlinks.adapter.out.providers.google;

import java.time.Clock;
import java.util.Objects;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AccountLookup;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.adapter.out.providers.wiring.ProviderDefaults;
import org.meetlinks.adapter.out.providers.wiring.ProviderParts;
import org.meetlinks.domain.Platform;

/** Google's parts of the provider wiring: Calendar API, primary calendar as the account, scopes, Meet events. */
public final class GoogleParts implements ProviderParts<GoogleCalendarApi> {
    /** Google's own endpoints, and the consent scopes asked for unless {@code meetlinks.google.scopes} is set. */
    public static final ProviderDefaults DEFAULTS = new ProviderDefaults(
            Platform.GOOGLE_MEET,
            "meetlinks.google",
            OAuthDialect.GOOGLE,
            "https://www.googleapis.com/calendar/v3",
            "https://accounts.google.com/o/oauth2/v2/auth",
            "https://oauth2.googleapis.com/token",
            "https://oauth2.googleapis.com/revoke",
            "http://localhost:9080/oauth/google/callback",
            "https://www.googleapis.com/auth/calendar.events "
                    + "https://www.googleapis.com/auth/calendar.calendars.readonly");

    private final ConferenceWait conferenceWait;

    public GoogleParts(ConferenceWait conferenceWait) {
        this.conferenceWait = Objects.requireNonNull(conferenceWait, "conferenceWait");
    }

    @Override
    public ProviderDefaults defaults() {
        return DEFAULTS;
    }

    @Override
    public Class<GoogleCalendarApi> api() {
        return GoogleCalendarApi.class;
    }

    @Override
    public AccountLookup accounts(GoogleCalendarApi api, Clock clock) {
        return new GoogleAccount(api, clock);
    }

    @Override
    public NeededScopes neededScopes() {
        return GoogleScopes.NEEDED;
    }

    @Override
    public PlatformMeetings meetings(TimedApi<GoogleCalendarApi> apis, AuthorizedCalls calls, Clock clock) {
        return new GoogleMeetClient(apis, calls, conferenceWait, clock);
    }
}
