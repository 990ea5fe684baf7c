package org.meetlinks.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The one HTTP client of the tests, the benchmark and the tools: redirects are not followed, so OAuth hops show. */
public final class TestHttp {
    /** How long one call may take before it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * HTTP/1.1, as browsers speak to a plain-http server: the client's default (HTTP/2 with an h2c upgrade) made
     * Liberty fail some upgraded POSTs (NullPointerException in HttpDispatcherLink.handleHTTP2UpgradeRequest, then
     * GOAWAY or no answer) when the machine was busy.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private TestHttp() {}

    /** A request to {@code url} with the usual timeout. */
    public static HttpRequest.Builder to(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    }

    /** A request to {@code url} carrying a JSON body with {@code method}. */
    public static HttpRequest.Builder withJson(String method, String url, String json) {
        return to(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    /**
     * Sends a request. A kept-alive connection the server had just closed ("received no bytes") reached nobody, so
     * the request goes once more on a new connection, as browsers do (RFC 9112 section 9.3.1).
     */
    public static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    /** The body of a 2xx answer; anything else is an error naming the call and what it answered. */
    public static String successBody(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Where a redirect sends the browser; an answer that is no redirect is an error naming the call. */
    public static String redirectTarget(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                    + " instead of a redirect: " + response.body());
        }
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(response.request().uri() + " redirected nowhere"));
    }

    /** The name=value of the cookie an answer sets (the connect cookie of an authorize answer). */
    public static String cookieSetBy(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElseThrow(() -> new IllegalStateException(response.request().uri() + " set no cookie"));
    }
}
