package org.meetlinks.adapter.out.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.google.GoogleProvider;
import org.meetlinks.adapter.out.providers.oauth.Pkce;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.zoom.ZoomProvider;
import org.meetlinks.application.port.out.AuthorizationStart;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** CDI bean implementing {@link AuthorizeProviderPort}: routes connect/callback/disconnect steps to the platform's OAuth. */
@ApplicationScoped
public class ProviderOAuthClients implements AuthorizeProviderPort {
    private final Map<Platform, ProviderOAuth> providers;

    @Inject
    public ProviderOAuthClients(GoogleProvider google, ZoomProvider zoom) {
        this(Map.of(Platform.GOOGLE_MEET, google.oauth(), Platform.ZOOM, zoom.oauth()));
    }

    ProviderOAuthClients(Map<Platform, ProviderOAuth> providers) {
        this.providers = new EnumMap<>(providers);
    }

    /** For the CDI client proxy only. */
    protected ProviderOAuthClients() {
        this.providers = Map.of();
    }

    @Override
    public AuthorizationStart begin(Platform platform, String state) {
        Pkce pkce = Pkce.generate();
        return new AuthorizationStart(authorizationUrl(platform, state, pkce.codeChallenge()), pkce.codeVerifier());
    }

    /** The consent page: redirect URI, client id and scopes from configuration, the S256 challenge of the pair. */
    private URI authorizationUrl(Platform platform, String state, String codeChallenge) {
        return provider(platform).authorizationUrl(state, codeChallenge);
    }

    @Override
    public ConnectedAccount exchange(Platform platform, MentorId mentorId, String code, String codeVerifier) {
        return provider(platform).exchange(mentorId, code, codeVerifier);
    }

    @Override
    public void revoke(ProviderGrant grant) {
        provider(grant.platform()).revoke(grant);
    }

    private ProviderOAuth provider(Platform platform) {
        return Optional.ofNullable(providers.get(platform))
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT, platform, platform + " has no account to connect"));
    }
}
