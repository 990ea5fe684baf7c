package org.meetlinks.adapter.out.providers.wiring;

import static org.meetlinks.adapter.out.providers.common.ConfigValues.scopes;
import static org.meetlinks.adapter.out.providers.common.ConfigValues.uri;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.oauth.ClientCredentials;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;

/**
 * Reads one provider's settings from MP Config: its own keys under its prefix ({@code <prefix>.api-base-url},
 * {@code .authorize-url}, {@code .token-url}, {@code .revoke-url}, {@code .client-id}, {@code .client-secret},
 * {@code .redirect-uri}, and {@code .scopes} where the provider takes scopes in the authorization URL), each
 * defaulting to the provider's {@link ProviderDefaults}, and the timeouts all providers share
 * ({@code meetlinks.providers.*}).
 */
public final class ProviderSettingsReader {
    private ProviderSettingsReader() {}

    public static ProviderSettings read(Config config, ProviderDefaults defaults) {
        HttpTimeouts timeouts = HttpTimeouts.ofMillis(
                number(config, "meetlinks.providers.connect-timeout-ms", 2_000),
                number(config, "meetlinks.providers.read-timeout-ms", 5_000));
        // A provider that takes its scopes from the app's registration refuses a scope in the authorization URL.
        List<String> scopes = defaults.dialect().scopesInAuthorizationUrl()
                ? scopes(text(config, defaults.key("scopes"), defaults.scopes()))
                : List.of();
        OAuthSettings oauth = new OAuthSettings(
                defaults.platform(),
                defaults.configPrefix(),
                defaults.dialect(),
                url(config, defaults.key("authorize-url"), defaults.authorizeUrl()),
                url(config, defaults.key("token-url"), defaults.tokenUrl()),
                url(config, defaults.key("revoke-url"), defaults.revokeUrl()),
                new ClientCredentials(
                        text(config, defaults.key("client-id"), ""), text(config, defaults.key("client-secret"), "")),
                url(config, defaults.key("redirect-uri"), defaults.redirectUri()),
                scopes,
                timeouts);
        return new ProviderSettings(
                url(config, defaults.key("api-base-url"), defaults.apiBaseUrl()),
                oauth,
                timeouts,
                Duration.ofSeconds(number(config, "meetlinks.providers.refresh-margin-seconds", 60)));
    }

    /** A whole number setting, or {@code otherwise} when it is not set. */
    public static long number(Config config, String key, long otherwise) {
        return config.getOptionalValue(key, Long.class).orElse(otherwise);
    }

    private static String text(Config config, String key, String otherwise) {
        return config.getOptionalValue(key, String.class).orElse(otherwise);
    }

    private static URI url(Config config, String key, String otherwise) {
        return uri(key, text(config, key, otherwise));
    }
}
