package org.meetlinks.adapter.out.providers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The mentor every simulated test connects. */
    public static final MentorId MENTOR = new MentorId("m-1");

    private static ProviderSimulator shared;

    private final String base;

    private SimulatedProviders(String base) {
        this.base = base;
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

    /** POSTs JSON to the control API ({@code /__sim...}); answers the body, failing on anything but 200. */
    public String control(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/__sim" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "simulator control " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** What the account owner does in the provider's own UI: DELETE or PATCH {@code /__sim/meetings/{id}}. */
    public String asOwner(String method, String meetingId, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/__sim/meetings/" + meetingId))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200) {
            throw new AssertionError("simulator owner " + method + " " + meetingId + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** GETs a control API resource. */
    public String read(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + "/__sim" + path)).GET())
                .body();
    }

    /** What the browser gets when it opens the consent URL (auto-approve on: a redirect with the code). */
    public HttpResponse<String> open(URI consentUrl) {
        return send(HttpRequest.newBuilder(consentUrl).GET());
    }

    /** Opens the consent URL and returns the code the redirect carries. */
    public String consent(URI consentUrl) {
        HttpResponse<String> answer = open(consentUrl);
        String location = answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "no redirect from the consent URL (" + answer.statusCode() + "): " + answer.body()));
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("the redirect carries no code: " + location);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
