package org.meetlinks.simulator.oauth;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.meetlinks.simulator.Provider;

/**
 * A registered OAuth client (app) of one provider.
 *
 * @param provider      provider the app is registered with
 * @param clientId      client_id
 * @param clientSecret  client_secret
 * @param redirectUris  allowed redirect URIs; empty means any absolute http(s) URI
 * @param defaultScopes scopes the app is granted when the provider takes scopes from the app (Zoom)
 */
public record OAuthClient(
        Provider provider,
        String clientId,
        String clientSecret,
        List<String> redirectUris,
        List<String> defaultScopes) {

    /** Copies the lists defensively. */
    public OAuthClient {
        redirectUris = List.copyOf(redirectUris);
        defaultScopes = List.copyOf(defaultScopes);
    }

    /** Whether the redirect URI is acceptable for this client. */
    public boolean allowsRedirect(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank()) {
            return false;
        }
        if (!redirectUris.isEmpty()) {
            return redirectUris.contains(redirectUri);
        }
        try {
            URI uri = URI.create(redirectUri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getFragment() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
