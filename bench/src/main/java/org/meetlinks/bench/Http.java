package org.meetlinks.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.meetlinks.testkit.TestHttp;

/** Small JSON-over-HTTP calls the driver makes, through the test kit's client (no redirects followed). */
final class Http {
    private Http() {}

    static HttpResponse<String> get(String url, Optional<String> bearer) {
        return TestHttp.send(request(url, bearer).GET());
    }

    static HttpResponse<String> post(String url, Optional<String> bearer, String json) {
        return TestHttp.send(request(url, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(String url, Optional<String> bearer, String json) {
        return TestHttp.send(request(url, bearer)
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

    private static HttpRequest.Builder request(String url, Optional<String> bearer) {
        HttpRequest.Builder builder = TestHttp.to(url);
        bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }
}
