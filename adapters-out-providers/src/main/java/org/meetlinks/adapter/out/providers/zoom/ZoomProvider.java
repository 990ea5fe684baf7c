package org.meetlinks.adapter.out.providers.zoom;

import static org.meetlinks.adapter.out.providers.common.ConfigValues.uri;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

/** CDI bean holding the Zoom adapter built from MP Config ({@code meetlinks.zoom.*}, {@code meetlinks.providers.*}). */
@ApplicationScoped
public class ZoomProvider {
    private final ZoomWiring wiring;

    @Inject
    public ZoomProvider(
            @ConfigProperty(name = "meetlinks.zoom.api-base-url", defaultValue = "https://api.zoom.us/v2") String apiBaseUrl,
            @ConfigProperty(name = "meetlinks.zoom.authorize-url",
                    defaultValue = "https://zoom.us/oauth/authorize") String authorizeUrl,
            @ConfigProperty(name = "meetlinks.zoom.token-url", defaultValue = "https://zoom.us/oauth/token") String tokenUrl,
            @ConfigProperty(name = "meetlinks.zoom.revoke-url", defaultValue = "https://zoom.us/oauth/revoke") String revokeUrl,
            @ConfigProperty(name = "meetlinks.zoom.client-id") Optional<String> clientId,
            @ConfigProperty(name = "meetlinks.zoom.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "meetlinks.zoom.redirect-uri",
                    defaultValue = "http://localhost:9080/oauth/zoom/callback") String redirectUri,
            @ConfigProperty(name = "meetlinks.providers.connect-timeout-ms", defaultValue = "2000") long connectTimeoutMs,
            @ConfigProperty(name = "meetlinks.providers.read-timeout-ms", defaultValue = "5000") long readTimeoutMs,
            @ConfigProperty(name = "meetlinks.providers.refresh-margin-seconds", defaultValue = "60") long refreshMarginSeconds,
            LoadProviderGrantPort grants, RefreshProviderGrantPort locks) {
        HttpTimeouts timeouts = HttpTimeouts.ofMillis(connectTimeoutMs, readTimeoutMs);
        // No scopes here: Zoom takes them from the Marketplace app and refuses a scope in the authorization URL.
        OAuthSettings oauth = new OAuthSettings(Platform.ZOOM, "meetlinks.zoom", OAuthDialect.ZOOM,
                uri("meetlinks.zoom.authorize-url", authorizeUrl), uri("meetlinks.zoom.token-url", tokenUrl),
                uri("meetlinks.zoom.revoke-url", revokeUrl), clientId, clientSecret,
                uri("meetlinks.zoom.redirect-uri", redirectUri), List.of(), timeouts);
        ZoomSettings settings = new ZoomSettings(uri("meetlinks.zoom.api-base-url", apiBaseUrl), oauth, timeouts,
                Duration.ofSeconds(refreshMarginSeconds));
        this.wiring = ZoomWiring.create(settings, grants, locks, Clock.systemUTC());
    }

    /** For the CDI client proxy only. */
    protected ZoomProvider() {
        this.wiring = null;
    }

    public PlatformMeetings meetings() {
        return wiring.meetings();
    }

    public ProviderOAuth oauth() {
        return wiring.oauth();
    }
}
