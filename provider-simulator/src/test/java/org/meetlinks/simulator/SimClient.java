package org.meetlinks.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Test-side HTTP client for one shared simulator, with helpers for the OAuth dance. */
final class SimClient {

    static final String REDIRECT = "http://localhost:9080/api/oauth/callback";
    static final String GOOGLE_SCOPES =
            "https://www.googleapis.com/auth/calendar.events " + "https://www.googleapis.com/auth/calendar.readonly";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static ProviderSimulator shared;

    final String base;
    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private SimClient(String base) {
        this.base = base;
    }

    /** A client of the JVM-wide simulator, reset to its start-up state. */
    static synchronized SimClient resetShared() {
        if (shared == null) {
            shared = ProviderSimulator.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        SimClient client = new SimClient(shared.baseUrl());
        client.post("/__sim/reset", "{}");
        return client;
    }

    /** A client of a simulator of its own, as the caller started it. */
    static SimClient of(ProviderSimulator simulator) {
        return new SimClient(simulator.baseUrl());
    }

    /** A token result: HTTP status and body. */
    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    http.send(builder.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty()
                            || !response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .contains("json")
                    ? null
                    : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply api(String method, String path, String token, String json) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(
                method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply form(String path, Map<String, String> params, String basicUser, String basicPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(params)));
        if (basicUser != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b);
    }

    /** GET of an authorize URL; returns the raw reply (302 or a page). */
    Reply authorize(String path, Map<String, String> params) {
        return send(HttpRequest.newBuilder(URI.create(base + path + "?" + encode(params)))
                .GET());
    }

    static Map<String, String> googleAuthorizeParams(String challenge, String state) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("client_id", "meetlinks-google-client");
        p.put("redirect_uri", REDIRECT);
        p.put("response_type", "code");
        p.put("scope", GOOGLE_SCOPES);
        p.put("access_type", "offline");
        p.put("prompt", "consent");
        p.put("state", state);
        p.put("code_challenge", challenge);
        p.put("code_challenge_method", "S256");
        return p;
    }

    static Map<String, String> zoomAuthorizeParams(String challenge, String state) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", "meetlinks-zoom-client");
        p.put("redirect_uri", REDIRECT);
        p.put("state", state);
        p.put("code_challenge", challenge);
        p.put("code_challenge_method", "S256");
        return p;
    }

    /** Runs Google authorize + token exchange and returns the token response. */
    JsonNode googleTokens() {
        String verifier = verifier();
        Reply auth = authorize("/google/o/oauth2/v2/auth", googleAuthorizeParams(challenge(verifier), "s1"));
        Map<String, String> p = new LinkedHashMap<>();
        p.put("grant_type", "authorization_code");
        p.put("code", queryParam(auth.header("Location"), "code"));
        p.put("redirect_uri", REDIRECT);
        p.put("code_verifier", verifier);
        p.put("client_id", "meetlinks-google-client");
        p.put("client_secret", "meetlinks-google-secret");
        Reply token = form("/google/token", p, null, null);
        if (token.status() != 200) {
            throw new AssertionError(
                    "google token exchange failed: " + token.raw().body());
        }
        return token.json();
    }

    /** Runs Zoom authorize + token exchange and returns the token response. */
    JsonNode zoomTokens() {
        String verifier = verifier();
        Reply auth = authorize("/zoom/oauth/authorize", zoomAuthorizeParams(challenge(verifier), "z1"));
        Map<String, String> p = new LinkedHashMap<>();
        p.put("grant_type", "authorization_code");
        p.put("code", queryParam(auth.header("Location"), "code"));
        p.put("redirect_uri", REDIRECT);
        p.put("code_verifier", verifier);
        Reply token = zoomForm("/zoom/oauth/token", p);
        if (token.status() != 200) {
            throw new AssertionError(
                    "zoom token exchange failed: " + token.raw().body());
        }
        return token.json();
    }

    Reply zoomForm(String path, Map<String, String> params) {
        return form(path, params, "meetlinks-zoom-client", "meetlinks-zoom-secret");
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String queryParam(String uri, String name) {
        if (uri == null) {
            throw new AssertionError("no Location header");
        }
        String query = URI.create(uri).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String encode(Map<String, String> params) {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((k, v) -> joiner.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joiner.toString();
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
