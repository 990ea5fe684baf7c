package org.meetlinks.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.meetlinks.testkit.TestHttp;

/** Small JSON-over-HTTP calls the driver makes, through the test kit's client (no redirects followed). */
final class Http {
    private Http() {}

    /** An unauthenticated GET (the service's metrics). */
    static HttpResponse<String> get(String url) {
        return TestHttp.send(TestHttp.to(url).GET());
    }

    /** A POST as the holder of {@code bearer}. */
    static HttpResponse<String> post(String url, String bearer, String json) {
        return TestHttp.send(authorized(url, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT as the holder of {@code bearer}. */
    static HttpResponse<String> put(String url, String bearer, String json) {
        return TestHttp.send(authorized(url, bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The JSON object of a 2xx answer; anything else is an error naming the call. */
    static JsonObject json(HttpResponse<String> response) {
        return parse(TestHttp.successBody(response));
    }

    /** A JSON object from its text. */
    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static HttpRequest.Builder authorized(String url, String bearer) {
        return TestHttp.to(url).header("Authorization", "Bearer " + bearer);
    }
}
