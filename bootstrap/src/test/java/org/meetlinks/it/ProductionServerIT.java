package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production package started as the README says, configured only by environment variables and a mounted
 * secret file: it trusts the platform's key and nothing else, has no dev tools and no public /metrics.
 */
class ProductionServerIT {
    private static final Path HOME = Path.of(System.getProperty("it.production.dir", "target/production-it"), "safe");
    private static final KeyPair PLATFORM = ProductionServer.platformKey();
    private static ProductionServer server;
    private static String logWhenReady;

    @BeforeAll
    static void start() throws InterruptedException {
        ProductionServer.unpack(HOME);
        ProductionServer.ensureDatabase();
        Map<String, String> env = ProductionServer.safeEnvironment(HOME, PLATFORM);
        // The token key as a mounted secret (a file in variables/), not an environment variable.
        ProductionServer.secretFile(HOME, "meetlinks.token-key", ProductionServer.newTokenKey());
        server = ProductionServer.run(HOME, env);
        server.awaitReady(Duration.ofMinutes(3));
        logWhenReady = server.log();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(ProductionServer.BASE + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                request.build());
    }

    @Test
    void a_normal_start_logs_no_error_and_no_avoidable_warning() {
        assertThat(logWhenReady).contains("CWWKF0011I");
        assertThat(StartLog.avoidableWarnings(logWhenReady)).isEmpty();
    }

    @Test
    void a_token_signed_with_the_dev_key_is_refused() {
        String devSigned = Api.token("m-prod-1", "mentor", ProductionServer.ISSUER, Api.devKey());
        assertThat(get("/api/me/sessions", devSigned).statusCode()).isEqualTo(401);
        assertThat(get("/api/me/sessions", Api.token("m-prod-1", "mentor")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_token_signed_with_the_configured_key_works() {
        String token = Api.token("m-prod-1", "mentor", ProductionServer.ISSUER, PLATFORM.getPrivate());
        HttpResponse<String> sessions = get("/api/me/sessions", token);
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body()).contains("\"sessions\"");
    }

    @Test
    void a_confirmed_session_gets_a_join_url_on_the_public_https_address() {
        String booker = Api.token("booking-platform", "booking-system", ProductionServer.ISSUER, PLATFORM.getPrivate());
        HttpResponse<String> confirmed = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(ProductionServer.BASE + "/api/booking-events"))
                        .header("Authorization", "Bearer " + booker)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Bookings.confirmed(
                                Bookings.newEventId(), Bookings.newSessionId(), "m-prod-2", "e-prod-2")))
                        .build());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isBetween(200, 201);
        assertThat(confirmed.body()).contains("\"joinUrl\":\"" + ProductionServer.PUBLIC_BASE_URL + "/join/");
    }

    @Test
    void there_are_no_dev_tools_and_no_openapi_ui() {
        assertThat(get("/dev-tools/login?user=m-1&role=mentor", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/dev-tools/jms/dead-letters", null).statusCode()).isEqualTo(404);
        assertThat(get("/openapi/ui/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void metrics_are_not_public() {
        HttpResponse<String> plain = get("/metrics", null);
        assertThat(plain.statusCode()).isNotEqualTo(200);
        assertThat(plain.body()).doesNotContain("meetlinks_");

        HttpClient tls = trustingClient();
        String https = "https://localhost:" + ProductionServer.HTTPS_PORT + "/metrics";
        assertThat(send(tls, HttpRequest.newBuilder(URI.create(https)).build()).statusCode())
                .isEqualTo(401);
        assertThat(send(
                                tls,
                                HttpRequest.newBuilder(URI.create(https))
                                        .header("Authorization", basic("metrics", "a-wrong-password"))
                                        .build())
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> scraped = send(
                tls,
                HttpRequest.newBuilder(URI.create(https))
                        .header("Authorization", basic("metrics", ProductionServer.METRICS_PASSWORD))
                        .build());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("mp_scope=\"base\"");
    }

    @Test
    void readiness_stays_public_for_the_orchestrator() {
        assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The package makes a self-signed certificate when no keystore is mounted; this test client accepts it. */
    private static HttpClient trustingClient() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                                // test client: not used
                            }

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                                // test client: the package's own self-signed certificate
                            }

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    null);
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("");
            return HttpClient.newBuilder()
                    .sslContext(context)
                    .sslParameters(parameters)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
