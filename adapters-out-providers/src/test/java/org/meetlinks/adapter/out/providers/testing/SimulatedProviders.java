package org.meetlinks.adapter.out.providers.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.google.ConferenceWait;
import org.meetlinks.adapter.out.providers.google.GoogleParts;
import org.meetlinks.adapter.out.providers.oauth.ClientCredentials;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;
import org.meetlinks.adapter.out.providers.oauth.Pkce;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.wiring.ProviderSettings;
import org.meetlinks.adapter.out.providers.zoom.ZoomParts;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;
import org.meetlinks.simulator.ProviderSimulator;
import org.meetlinks.testkit.SimulatorControl;
import org.meetlinks.testkit.TestHttp;

/**
 * The provider simulator as the adapters' counterpart in tests (one per JVM, reset per test): settings pointing at
 * it with its default OAuth clients, its control API, and the browser's part of a consent.
 */
public final class SimulatedProviders {
    public static final String REDIRECT = "http://localhost:9080/oauth/callback";
    public static final List<String> GOOGLE_SCOPES = List.of(
            "https://www.googleapis.com/auth/calendar.events",
            "https://www.googleapis.com/auth/calendar.calendars.readonly");
    /** Google's parts with a conference wait of 2 s. */
    public static final GoogleParts GOOGLE = new GoogleParts(ConferenceWait.ofBudget(Duration.ofSeconds(2)));

    public static final ZoomParts ZOOM = new ZoomParts();
    private static final HttpTimeouts TIMEOUTS = HttpTimeouts.ofMillis(2_000, 5_000);
    /** The mentor every simulated test connects. */
    public static final MentorId MENTOR = new MentorId("m-1");

    private static ProviderSimulator shared;

    private final String base;
    private final SimulatorControl control;

    private SimulatedProviders(String base) {
        this.base = base;
        this.control = new SimulatorControl(base);
    }

    /** The shared simulator, back in its start-up state. */
    public static synchronized SimulatedProviders reset() {
        if (shared == null) {
            shared = ProviderSimulator.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        shared.reset();
        return new SimulatedProviders(shared.baseUrl());
    }

    public String base() {
        return base;
    }

    public ProviderSettings google() {
        return new ProviderSettings(
                URI.create(base + "/google/calendar/v3"),
                new OAuthSettings(
                        Platform.GOOGLE_MEET,
                        "meetlinks.google",
                        OAuthDialect.GOOGLE,
                        URI.create(base + "/google/o/oauth2/v2/auth"),
                        URI.create(base + "/google/token"),
                        URI.create(base + "/google/revoke"),
                        new ClientCredentials("meetlinks-google-client", "meetlinks-google-secret"),
                        URI.create(REDIRECT),
                        GOOGLE_SCOPES,
                        TIMEOUTS),
                TIMEOUTS,
                Duration.ofSeconds(60));
    }

    public ProviderSettings zoom() {
        return new ProviderSettings(
                URI.create(base + "/zoom/v2"),
                new OAuthSettings(
                        Platform.ZOOM,
                        "meetlinks.zoom",
                        OAuthDialect.ZOOM,
                        URI.create(base + "/zoom/oauth/authorize"),
                        URI.create(base + "/zoom/oauth/token"),
                        URI.create(base + "/zoom/oauth/revoke"),
                        new ClientCredentials("meetlinks-zoom-client", "meetlinks-zoom-secret"),
                        URI.create(REDIRECT),
                        List.of(),
                        TIMEOUTS),
                TIMEOUTS,
                Duration.ofSeconds(60));
    }

    /** A one-hour session of {@link #MENTOR} in Berlin, far ahead. */
    public static MeetingRequest request(Platform platform) {
        Instant start = Instant.parse("2030-12-01T15:00:00Z");
        return new MeetingRequest(
                platform,
                MENTOR,
                new SessionId("s-1"),
                "Career chat",
                "Bo Chen",
                "https://links.example.org/join/tok-1",
                start,
                start.plusSeconds(3600),
                ZoneId.of("Europe/Berlin"),
                Instant.now().plusSeconds(20),
                false);
    }

    /** Connects {@link #MENTOR} through the consent round trip and keeps the grant in {@code grants}. */
    public ConnectedAccount connect(ProviderOAuth oauth, InMemoryGrants grants) {
        Pkce pkce = Pkce.generate();
        ConnectedAccount account =
                oauth.exchange(MENTOR, consent(oauth.authorizationUrl("s", pkce.codeChallenge())), pkce.codeVerifier());
        grants.saveConnection(account);
        return account;
    }

    /** The simulator's control API: faults, consent, recorded meetings, the owner's own changes. */
    public SimulatorControl control() {
        return control;
    }

    /** Opens the consent URL and returns the code the redirect carries. */
    public String consent(URI consentUrl) {
        String location = TestHttp.redirectTarget(
                TestHttp.send(TestHttp.to(consentUrl.toString()).GET()));
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("the redirect carries no code: " + location);
    }
}
