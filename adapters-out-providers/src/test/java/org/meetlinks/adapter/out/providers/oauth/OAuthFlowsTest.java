package org.meetlinks.adapter.out.providers.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.grant;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.tokenJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.adapter.out.providers.testing.Fixtures;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.domain.Platform;

/** Connect and disconnect against stubbed Google and Zoom OAuth endpoints: URLs, code exchange, revocation. */
class OAuthFlowsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final InMemoryGrants grants = new InMemoryGrants();
    private final Pkce pkce = Pkce.generate();

    private ProviderOAuth google() {
        return ProviderWiring.create(Fixtures.GOOGLE, Fixtures.google(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .oauth();
    }

    private ProviderOAuth zoom() {
        return ProviderWiring.create(Fixtures.ZOOM, Fixtures.zoom(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .oauth();
    }

    @Test
    void google_authorization_url_asks_for_offline_access_with_state_and_an_s256_challenge() {
        URI url = google().authorizationUrl("state-42", pkce.codeChallenge());

        assertThat(url.toString()).startsWith(wm.baseUrl() + "/google/o/oauth2/v2/auth?");
        Map<String, String> query = query(url);
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "google-client")
                .containsEntry("redirect_uri", "http://localhost:9080/oauth/google/callback")
                .containsEntry(
                        "scope",
                        "https://www.googleapis.com/auth/calendar.events "
                                + "https://www.googleapis.com/auth/calendar.calendars.readonly")
                .containsEntry("state", "state-42")
                .containsEntry("code_challenge", pkce.codeChallenge())
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent");
    }

    @Test
    void zoom_authorization_url_has_state_and_challenge_but_no_scope_and_no_google_parameters() {
        Map<String, String> query = query(zoom().authorizationUrl("state-7", pkce.codeChallenge()));

        assertThat(query)
                .containsEntry("state", "state-7")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("client_id", "zoom-client")
                .doesNotContainKeys("scope", "access_type", "prompt");
    }

    @Test
    void pkce_challenge_is_the_s256_of_the_verifier() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(pkce.codeVerifier().getBytes(StandardCharsets.US_ASCII));

        assertThat(pkce.codeChallenge())
                .isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        assertThat(Pkce.generate().codeVerifier()).isNotEqualTo(pkce.codeVerifier());
    }

    @Test
    void google_code_exchange_sends_the_verifier_and_learns_the_email_from_the_primary_calendar() {
        wm.stubFor(post(urlPathEqualTo("/google/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-1"))
                .withRequestBody(containing("code_verifier=" + pkce.codeVerifier()))
                .willReturn(okJson(tokenJson("access-1", "refresh-1"))));
        wm.stubFor(get(urlPathEqualTo("/google/calendar/v3/calendars/primary"))
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(okJson("{\"id\":\"ada@example.org\",\"summary\":\"Ada\",\"timeZone\":\"Europe/Berlin\"}")));

        ConnectedAccount account = google().exchange(MENTOR, "code-1", pkce.codeVerifier());
        ProviderGrant grant = account.grant();

        assertThat(grant.accountEmail()).isEqualTo("ada@example.org");
        assertThat(account.accountId()).isEqualTo("ada@example.org");
        assertThat(account.meetingsAllowed())
                .as("a calendar that does not say allows Meet")
                .isTrue();
        assertThat(grant.accessToken()).isEqualTo("access-1");
        assertThat(grant.refreshToken()).contains("refresh-1");
        assertThat(grant.platform()).isEqualTo(Platform.GOOGLE_MEET);
        assertThat(grant.scopes()).isEqualTo(Fixtures.ALL_NEEDED_SCOPES);
        assertThat(grant.accessExpiresAt())
                .isBetween(Instant.now().plusSeconds(3_500), Instant.now().plusSeconds(3_600));
        wm.verify(postRequestedFor(urlPathEqualTo("/google/token"))
                .withRequestBody(containing("redirect_uri=http%3A%2F%2Flocalhost%3A9080%2Foauth%2Fgoogle%2Fcallback")));
    }

    @Test
    void
            google_code_exchange_takes_the_email_from_the_id_token_when_there_is_one_and_still_asks_whether_meet_is_allowed() {
        String idToken = new PlainJWT(
                        new PlainHeader(),
                        new JWTClaimsSet.Builder()
                                .subject("1")
                                .claim("email", "bo@example.org")
                                .build())
                .serialize();
        wm.stubFor(post(urlPathEqualTo("/google/token"))
                .willReturn(
                        okJson(tokenJson("access-1", "refresh-1").replace("}", ",\"id_token\":\"" + idToken + "\"}"))));
        wm.stubFor(
                get(urlPathEqualTo("/google/calendar/v3/calendars/primary"))
                        .willReturn(
                                okJson(
                                        "{\"id\":\"bo@example.org\",\"conferenceProperties\":{\"allowedConferenceSolutionTypes\":[]}}")));

        ConnectedAccount account = google().exchange(MENTOR, "code-1", pkce.codeVerifier());

        assertThat(account.grant().accountEmail()).isEqualTo("bo@example.org");
        assertThat(account.meetingsAllowed()).isFalse();
    }

    @Test
    void a_refused_code_is_an_auth_failure() {
        wm.stubFor(post(urlPathEqualTo("/google/token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}")));

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class, () -> google().exchange(MENTOR, "code-1", pkce.codeVerifier()));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
    }

    @Test
    void a_rejected_client_is_a_permanent_configuration_failure() {
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\"}")));

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class, () -> zoom().exchange(MENTOR, "code-1", pkce.codeVerifier()));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("meetlinks.zoom.client-id");
    }

    @Test
    void zoom_code_exchange_learns_the_email_from_users_me() {
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .withRequestBody(containing("code_verifier="))
                .willReturn(okJson(tokenJson("access-1", "refresh-1"))));
        wm.stubFor(get(urlPathEqualTo("/zoom/v2/users/me"))
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(okJson("{\"id\":\"KDcuGIm1QgePTO8WbOqwIQ\",\"email\":\"ada@zoom.example.org\"}")));

        ConnectedAccount account = zoom().exchange(MENTOR, "code-1", pkce.codeVerifier());
        ProviderGrant grant = account.grant();

        assertThat(grant.accountEmail()).isEqualTo("ada@zoom.example.org");
        assertThat(account.accountId()).isEqualTo("KDcuGIm1QgePTO8WbOqwIQ");
        assertThat(grant.refreshToken()).contains("refresh-1");
    }

    @Test
    void disconnecting_google_revokes_the_refresh_token() {
        wm.stubFor(post(urlPathEqualTo("/google/revoke")).willReturn(aResponse().withStatus(200)));

        google().revoke(grant(
                Platform.GOOGLE_MEET, "access-1", "refresh-1", Instant.now().plusSeconds(600)));

        wm.verify(postRequestedFor(urlPathEqualTo("/google/revoke"))
                .withRequestBody(containing("token=refresh-1"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void disconnecting_zoom_revokes_the_access_token_with_client_credentials() {
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/revoke")).willReturn(okJson("{\"status\":\"success\"}")));

        zoom().revoke(grant(
                Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(600)));

        wm.verify(postRequestedFor(urlPathEqualTo("/zoom/oauth/revoke"))
                .withRequestBody(containing("token=access-1"))
                .withHeader("Authorization", containing("Basic ")));
    }

    @Test
    void disconnecting_zoom_with_an_expired_access_token_refreshes_it_first() {
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token")).willReturn(okJson(tokenJson("access-2", "refresh-2"))));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/revoke")).willReturn(okJson("{\"status\":\"success\"}")));

        zoom().revoke(grant(
                Platform.ZOOM, "access-1", "refresh-1", Instant.now().minusSeconds(60)));

        wm.verify(postRequestedFor(urlPathEqualTo("/zoom/oauth/revoke")).withRequestBody(containing("token=access-2")));
    }

    @Test
    void revoking_an_already_revoked_token_succeeds() {
        wm.stubFor(post(urlPathEqualTo("/google/revoke"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}")));

        google().revoke(grant(
                Platform.GOOGLE_MEET, "access-1", "refresh-1", Instant.now().plusSeconds(600)));

        wm.verify(1, postRequestedFor(urlPathEqualTo("/google/revoke")));
    }

    @Test
    void a_revoke_endpoint_that_is_down_is_transient() {
        wm.stubFor(post(urlPathEqualTo("/google/revoke")).willReturn(aResponse().withStatus(503)));

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class,
                () -> google().revoke(grant(
                        Platform.GOOGLE_MEET,
                        "access-1",
                        "refresh-1",
                        Instant.now().plusSeconds(600))));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    }

    private static Map<String, String> query(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> decode(p[1])));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
