package org.meetlinks.adapter.out.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;
import org.meetlinks.adapter.out.providers.oauth.OAuthTokenClient;
import org.meetlinks.adapter.out.providers.oauth.ProviderAccount;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.testing.Fixtures;
import org.meetlinks.application.port.out.AuthorizationStart;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** The OAuth bean routes by platform and starts a connect with a fresh PKCE pair. */
class ProviderOAuthClientsTest {
    private static final String BASE = "http://sim.invalid";

    private final ProviderOAuthClients clients = new ProviderOAuthClients(Map.of(
            Platform.GOOGLE_MEET, oauth(Fixtures.googleOAuth(BASE)), Platform.ZOOM, oauth(Fixtures.zoomOAuth(BASE))));

    @Test
    void begin_gives_each_platforms_consent_url_with_the_challenge_of_the_returned_verifier() throws Exception {
        AuthorizationStart zoom = clients.begin(Platform.ZOOM, "state-1");
        AuthorizationStart google = clients.begin(Platform.GOOGLE_MEET, "state-2");

        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(zoom.codeVerifier().getBytes(StandardCharsets.US_ASCII)));
        assertThat(zoom.authorizationUrl().toString())
                .startsWith(BASE + "/zoom/oauth/authorize?")
                .contains("code_challenge=" + challenge)
                .contains("state=state-1");
        assertThat(google.authorizationUrl().toString())
                .startsWith(BASE + "/google/o/oauth2/v2/auth?")
                .contains("access_type=offline");
        assertThat(google.codeVerifier()).isNotEqualTo(zoom.codeVerifier());
    }

    @Test
    void manual_links_cannot_be_connected() {
        MeetingProviderException e =
                catchThrowableOfType(MeetingProviderException.class, () -> clients.begin(Platform.MANUAL, "s"));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    }

    private static ProviderOAuth oauth(OAuthSettings settings) {
        return new ProviderOAuth(
                settings,
                new OAuthTokenClient(settings, Clock.systemUTC()),
                tokens -> new ProviderAccount("x@example.org", "x", true),
                new NeededScopes(Map.of()),
                Clock.systemUTC());
    }
}
