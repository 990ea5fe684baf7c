package org.meetlinks.adapter.out.providers.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.oauth.Pkce;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.testing.SimulatedProviders;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.ConnectedAccount;

/** The adapters' connect round trip against the simulator, which is as strict as Google's and Zoom's OAuth. */
class ConnectAgainstSimulatorTest {
    private final InMemoryGrants grants = new InMemoryGrants();
    private SimulatedProviders sim;

    @BeforeEach
    void reset() {
        sim = SimulatedProviders.reset();
    }

    @Test
    void zoom_consent_is_given_for_an_authorization_url_without_scope() {
        ProviderOAuth zoom = ProviderWiring.create(
                        SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                .oauth();
        Pkce pkce = Pkce.generate();
        URI consentUrl = zoom.authorizationUrl("state-1", pkce.codeChallenge());

        assertThat(consentUrl.getQuery()).doesNotContain("scope");
        ConnectedAccount account =
                zoom.exchange(SimulatedProviders.MENTOR, sim.consent(consentUrl), pkce.codeVerifier());

        assertThat(account.grant().accountEmail()).isEqualTo("mentor@example.com");
        assertThat(account.accountId()).hasSize(22);
        assertThat(sim.control().get("/requests/rejected")).contains("\"count\":0");
    }

    @Test
    void google_consent_is_given_for_its_requested_scopes() {
        ProviderOAuth google = ProviderWiring.create(
                        SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                .oauth();
        Pkce pkce = Pkce.generate();

        ConnectedAccount account = google.exchange(
                SimulatedProviders.MENTOR,
                sim.consent(google.authorizationUrl("state-2", pkce.codeChallenge())),
                pkce.codeVerifier());

        assertThat(account.grant().scopes()).contains("calendar.events");
        assertThat(account.meetingsAllowed()).isTrue();
        assertThat(sim.control().get("/requests/rejected")).contains("\"count\":0");
    }
}
