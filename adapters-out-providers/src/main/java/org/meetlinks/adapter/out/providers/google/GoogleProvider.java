package org.meetlinks.adapter.out.providers.google;

import static org.meetlinks.adapter.out.providers.common.ConfigValues.scopes;
import static org.meetlinks.adapter.out.providers.common.ConfigValues.uri;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.domain.Platform;

/** CDI bean holding the Google adapter built from MP Config ({@code meetlinks.google.*}, {@code meetlinks.providers.*}). */
@ApplicationScoped
public class GoogleProvider {
    private final GoogleWiring wiring;

    @Inject
    public GoogleProvider(
            @ConfigProperty(name = "meetlinks.google.api-base-url",
                    defaultValue = "https://www.googleapis.com/calendar/v3") String apiBaseUrl,
            @ConfigProperty(name = "meetlinks.google.authorize-url",
                    defaultValue = "https://accounts.google.com/o/oauth2/v2/auth") String authorizeUrl,
            @ConfigProperty(name = "meetlinks.google.token-url",
                    defaultValue = "https://oauth2.googleapis.com/token") String tokenUrl,
            @ConfigProperty(name = "meetlinks.google.revoke-url",
                    defaultValue = "https://oauth2.googleapis.com/revoke") String revokeUrl,
            @ConfigProperty(name = "meetlinks.google.client-id") Optional<String> clientId,
            @ConfigProperty(name = "meetlinks.google.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "meetlinks.google.redirect-uri",
                    defaultValue = "http://localhost:9080/oauth/google/callback") String redirectUri,
            @ConfigProperty(name = "meetlinks.google.scopes",
                    defaultValue = "https://www.googleapis.com/auth/calendar.events "
                            + "https://www.googleapis.com/auth/calendar.calendars.readonly") String scopeList,
            @ConfigProperty(name = "meetlinks.google.conference-wait-ms", defaultValue = "4000") long conferenceWaitMs,
            @ConfigProperty(name = "meetlinks.providers.connect-timeout-ms", defaultValue = "2000") long connectTimeoutMs,
            @ConfigProperty(name = "meetlinks.providers.read-timeout-ms", defaultValue = "5000") long readTimeoutMs,
            @ConfigProperty(name = "meetlinks.providers.refresh-margin-seconds", defaultValue = "60") long refreshMarginSeconds,
            LoadProviderGrantPort grants, RefreshProviderGrantPort locks) {
        HttpTimeouts timeouts = HttpTimeouts.ofMillis(connectTimeoutMs, readTimeoutMs);
        OAuthSettings oauth = new OAuthSettings(Platform.GOOGLE_MEET, "meetlinks.google", OAuthDialect.GOOGLE,
                uri("meetlinks.google.authorize-url", authorizeUrl), uri("meetlinks.google.token-url", tokenUrl),
                uri("meetlinks.google.revoke-url", revokeUrl), clientId, clientSecret,
                uri("meetlinks.google.redirect-uri", redirectUri), scopes(scopeList), timeouts);
        GoogleSettings settings = new GoogleSettings(uri("meetlinks.google.api-base-url", apiBaseUrl), oauth, timeouts,
                ConferenceWait.ofBudget(Duration.ofMillis(conferenceWaitMs)), Duration.ofSeconds(refreshMarginSeconds));
        this.wiring = GoogleWiring.create(settings, grants, locks, Clock.systemUTC());
    }

    /** For the CDI client proxy only. */
    protected GoogleProvider() {
        this.wiring = null;
    }

    public PlatformMeetings meetings() {
        return wiring.meetings();
    }

    public ProviderOAuth oauth() {
        return wiring.oauth();
    }
}
