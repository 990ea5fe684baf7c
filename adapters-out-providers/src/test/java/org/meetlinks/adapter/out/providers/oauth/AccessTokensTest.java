package org.meetlinks.adapter.out.providers.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.grant;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.tokenJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.adapter.out.providers.testing.Fixtures;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.domain.Platform;

/** Access tokens are refreshed before expiry, once per grant under concurrency, and not twice after a rejection. */
class AccessTokensTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final InMemoryGrants grants = new InMemoryGrants();

    private AccessTokens zoomTokens() {
        return zoomTokens(Clock.systemUTC());
    }

    private AccessTokens zoomTokens(Clock clock) {
        OAuthSettings settings = Fixtures.zoomOAuth(wm.baseUrl());
        ProviderOAuth oauth = new ProviderOAuth(
                settings,
                new OAuthTokenClient(settings, Clock.systemUTC()),
                tokens -> new ProviderAccount("ada@example.org", "ada", true),
                new NeededScopes(Map.of()),
                Clock.systemUTC());
        return new AccessTokens(oauth, grants, grants, clock, Duration.ofSeconds(60));
    }

    private static Instant soon() {
        return Instant.now().plusSeconds(10);
    }

    @Test
    void a_fresh_token_is_used_without_asking_the_provider() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(600)));

        assertThat(zoomTokens().accessToken(MENTOR, soon())).isEqualTo("access-1");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/zoom/oauth/token")));
    }

    @Test
    void concurrent_refreshes_of_one_grant_call_the_token_endpoint_once() throws Exception {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(5)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(tokenJson("access-2", "refresh-2"))
                        .withFixedDelay(200)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .withRequestBody(containing("refresh_token=refresh-2"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_request\"}")));
        AccessTokens tokens = zoomTokens();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tokens.accessToken(MENTOR, soon());
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("access-2");
            }
        } finally {
            pool.shutdownNow();
        }

        wm.verify(1, postRequestedFor(urlPathEqualTo("/zoom/oauth/token")));
        assertThat(grants.get(MENTOR, Platform.ZOOM).refreshToken()).contains("refresh-2");
    }

    @Test
    void a_failed_refresh_releases_its_claim_so_the_next_caller_can_try() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(5)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(tokenJson("access-2", "refresh-2"))));
        AccessTokens tokens = zoomTokens();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.accessToken(MENTOR, soon()))
                .isInstanceOf(org.meetlinks.application.port.out.MeetingProviderException.class);
        assertThat(tokens.accessToken(MENTOR, soon())).isEqualTo("access-2");
    }

    @Test
    void a_rejected_token_that_another_thread_already_replaced_is_not_refreshed_again() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-2", "refresh-2", Instant.now().plusSeconds(3_000)));

        assertThat(zoomTokens().replaceRejected(MENTOR, "access-1", soon())).isEqualTo("access-2");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/zoom/oauth/token")));
    }

    @Test
    void the_rejected_current_token_is_refreshed_even_before_it_expires() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(3_000)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(tokenJson("access-2", "refresh-2"))));

        assertThat(zoomTokens().replaceRejected(MENTOR, "access-1", soon())).isEqualTo("access-2");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/zoom/oauth/token")));
    }

    /** Tokens that read access-1 a moment ago; the store has held access-2 since (another server refreshed it). */
    private AccessTokens keptAccess1WhileTheStoreHoldsAccess2() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(600)));
        AccessTokens tokens = zoomTokens();
        tokens.accessToken(MENTOR, soon());
        grants.saveGrant(
                grant(Platform.ZOOM, "access-2", "refresh-2", Instant.now().plusSeconds(600)));
        return tokens;
    }

    @Test
    void a_grant_read_seconds_ago_serves_the_next_call_without_a_store_read() {
        AccessTokens tokens = keptAccess1WhileTheStoreHoldsAccess2();

        assertThat(tokens.accessToken(MENTOR, soon())).isEqualTo("access-1");
    }

    @Test
    void a_kept_grant_is_read_again_once_it_has_been_kept_its_time() {
        Instant start = Instant.now();
        grants.saveGrant(grant(Platform.ZOOM, "access-1", "refresh-1", start.plusSeconds(600)));
        Instant[] now = {start};
        AccessTokens tokens = zoomTokens(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        tokens.accessToken(MENTOR, start.plusSeconds(10));
        grants.saveGrant(grant(Platform.ZOOM, "access-2", "refresh-2", start.plusSeconds(600)));
        now[0] = start.plus(RecentGrants.KEPT_FOR).plusSeconds(1);

        assertThat(tokens.accessToken(MENTOR, now[0].plusSeconds(10))).isEqualTo("access-2");
    }

    @Test
    void a_rejected_kept_token_is_forgotten_so_the_stored_replacement_serves_without_a_refresh() {
        AccessTokens tokens = keptAccess1WhileTheStoreHoldsAccess2();

        assertThat(tokens.replaceRejected(MENTOR, "access-1", soon())).isEqualTo("access-2");
        assertThat(tokens.accessToken(MENTOR, soon())).isEqualTo("access-2");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/zoom/oauth/token")));
    }

    @Test
    void a_grant_gone_from_the_store_is_not_served_from_memory_after_a_rejection() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(600)));
        AccessTokens tokens = zoomTokens();
        tokens.accessToken(MENTOR, soon());
        grants.forgetGrant(MENTOR, Platform.ZOOM);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.replaceRejected(MENTOR, "access-1", soon()))
                .isInstanceOf(org.meetlinks.application.port.out.MeetingProviderException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.accessToken(MENTOR, soon()))
                .isInstanceOf(org.meetlinks.application.port.out.MeetingProviderException.class);
    }
}
