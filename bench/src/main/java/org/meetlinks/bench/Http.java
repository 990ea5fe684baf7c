package org.meetlinks.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Small JSON-over-HTTP calls the driver makes (no redirects followed, so OAuth hops can be seen). */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {}

    static HttpResponse<String> get(String url, Optional<String> bearer) {
        return send(request(url, bearer).GET());
    }

    /** GET sending a cookie, as the browser holding it would. */
    static HttpResponse<String> get(String url, String cookie) {
        return send(request(url, Optional.empty()).header("Cookie", cookie).GET());
    }

    /** The name=value of the cookie an answer sets. */
    static String cookieSetBy(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElseThrow(() -> new IllegalStateException(response.request().uri() + " set no cookie"));
    }

    static HttpResponse<String> post(String url, Optional<String> bearer, String json) {
        return send(request(url, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(String url, Optional<String> bearer, String json) {
        return send(request(url, bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The JSON object of a 2xx answer; anything else is an error naming the call. */
    static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpRequest.Builder request(String url, Optional<String> bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }
}
