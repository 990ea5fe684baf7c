package org.meetlinks.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import org.meetlinks.testkit.DevTokens;
import org.meetlinks.testkit.TestHttp;

/** Talks to the started server over HTTP, with dev-signed bearer tokens like scripts/dev-token mints. */
final class Api {
    static final String BASE = System.getProperty("it.baseUrl", "http://localhost:9180");
    private static final PrivateKey KEY = loadKey();
    /** How long the first use waits for the application (Liberty reports ready before its apps have started). */
    private static final Duration APP_START = Duration.ofSeconds(180);

    static {
        awaitApplication();
    }

    private Api() {}

    /**
     * Waits until the meetlinks application answers /health/ready with 200: the build starts the tests once the
     * server is up, and on a busy machine the application itself came up to 30 s later (tests got Liberty's
     * "Context Root Not Found" page).
     */
    private static void awaitApplication() {
        long deadline = System.nanoTime() + APP_START.toNanos();
        while (true) {
            try {
                HttpResponse<String> ready = TestHttp.send(TestHttp.to(BASE + "/health/ready")
                        .timeout(Duration.ofSeconds(5))
                        .GET());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // The port is not open yet, or the connection was reset while the server starts: try again.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application did not report ready within " + APP_START);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the application", e);
            }
        }
    }

    /** The public dev private key (config/dev/jwt-private.pem) that the dev and test servers trust. */
    static PrivateKey devKey() {
        return KEY;
    }

    static String token(String subject, String group) {
        return token(subject, group, "https://meetlinks.dev/issuer", KEY);
    }

    static String token(String subject, String group, String issuer, PrivateKey key) {
        return new DevTokens(key, issuer, Duration.ofMinutes(10), Clock.systemUTC()).mint(subject, group);
    }

    static HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    static HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** POSTs a JSON body with the given extra headers (name, value, name, value, ...), without a bearer token. */
    static HttpResponse<String> postWithHeaders(String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .GET());
    }

    /** GET with a Cookie header, as the browser that holds it would send. */
    static HttpResponse<String> getAbsolute(String url, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", cookie)
                .GET());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return TestHttp.send(request);
    }

    private static PrivateKey loadKey() {
        try {
            return DevTokens.readKey(Path.of(System.getProperty("it.jwtPrivateKey", "../" + DevTokens.DEV_KEY)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the dev JWT key", e);
        }
    }
}
