package org.meetlinks.adapter.out.providers.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.SimulatedProviders.request;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;
import org.meetlinks.adapter.out.providers.oauth.OAuthTokenClient;
import org.meetlinks.adapter.out.providers.oauth.Pkce;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.oauth.TokenSet;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.testing.SimulatedProviders;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MissingPermissionsException;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.ProviderPermission;
import org.meetlinks.domain.Platform;

/** A mentor who unticks permissions gets no connection; a grant that lacks a scope later is a reconnect (AUTH). */
class PartialConsentAgainstSimulatorTest {
    private static final String CALENDAR_SETTINGS = "https://www.googleapis.com/auth/calendar.calendars.readonly";
    private final InMemoryGrants grants = new InMemoryGrants();
    private SimulatedProviders sim;

    @BeforeEach
    void reset() {
        sim = SimulatedProviders.reset();
    }

    @Test
    void google_without_the_calendar_events_permission_is_refused_and_the_partial_grant_revoked() {
        sim.control().post("/consent", "{\"grantedScopes\":[\"" + CALENDAR_SETTINGS + "\"]}");
        ProviderOAuth google = ProviderWiring.create(
                        SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                .oauth();
        Pkce pkce = Pkce.generate();
        String code = sim.consent(google.authorizationUrl("s", pkce.codeChallenge()));

        MissingPermissionsException e = catchThrowableOfType(
                MissingPermissionsException.class,
                () -> google.exchange(SimulatedProviders.MENTOR, code, pkce.codeVerifier()));

        assertThat(e.missing()).containsExactly(ProviderPermission.GOOGLE_CALENDAR_EVENTS);
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(sim.control().get("/grants?provider=google")).contains("\"revoked\":true");
    }

    @Test
    void zoom_without_the_meeting_write_scopes_is_refused_naming_each_missing_permission() {
        sim.control().post("/consent", "{\"grantedScopes\":[\"meeting:read\",\"user:read\"]}");
        ProviderOAuth zoom = ProviderWiring.create(
                        SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                .oauth();
        Pkce pkce = Pkce.generate();
        String code = sim.consent(zoom.authorizationUrl("s", pkce.codeChallenge()));

        MissingPermissionsException e = catchThrowableOfType(
                MissingPermissionsException.class,
                () -> zoom.exchange(SimulatedProviders.MENTOR, code, pkce.codeVerifier()));

        assertThat(e.missing())
                .containsExactly(
                        ProviderPermission.ZOOM_MEETINGS_CREATE,
                        ProviderPermission.ZOOM_MEETINGS_UPDATE,
                        ProviderPermission.ZOOM_MEETINGS_DELETE);
        assertThat(sim.control().get("/grants?provider=zoom")).contains("\"revoked\":true");
    }

    @Test
    void google_403_insufficient_permissions_at_create_is_an_auth_failure() {
        PlatformMeetings meet = ProviderWiring.create(
                        SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                .meetings();
        grants.saveGrant(partialGrant(Platform.GOOGLE_MEET, sim.google().oauth(), CALENDAR_SETTINGS));

        MeetingProviderException e =
                catchThrowableOfType(MeetingProviderException.class, () -> meet.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("insufficient authentication scopes");
    }

    @Test
    void zoom_4711_at_create_is_an_auth_failure() {
        PlatformMeetings zoom = ProviderWiring.create(
                        SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                .meetings();
        grants.saveGrant(partialGrant(Platform.ZOOM, sim.zoom().oauth(), "meeting:read user:read"));

        MeetingProviderException e =
                catchThrowableOfType(MeetingProviderException.class, () -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("4711");
    }

    /** A grant as a token endpoint hands it out, bypassing the connect check (the scope was removed later). */
    private ProviderGrant partialGrant(Platform platform, OAuthSettings oauth, String scopes) {
        sim.control().post("/consent", "{\"grantedScopes\":[\"" + String.join("\",\"", scopes.split(" ")) + "\"]}");
        OAuthTokenClient client = new OAuthTokenClient(oauth, Clock.systemUTC());
        Pkce pkce = Pkce.generate();
        TokenSet tokens = client.exchangeCode(
                sim.consent(client.authorizationUrl("s", pkce.codeChallenge())), pkce.codeVerifier());
        return new ProviderGrant(
                SimulatedProviders.MENTOR,
                platform,
                "mentor@example.com",
                tokens.accessToken(),
                tokens.refreshToken().orElseThrow(),
                tokens.accessExpiresAt(),
                tokens.scope().orElseThrow());
    }
}
