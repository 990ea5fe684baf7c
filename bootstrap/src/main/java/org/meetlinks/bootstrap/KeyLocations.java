package org.meetlinks.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads what {@code mp.jwt.verify.publickey.location} points at, the way MicroProfile JWT resolves it: an http(s) or
 * file URL, an absolute file path, or else a resource on the application's class path.
 */
final class KeyLocations {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private KeyLocations() {}

    /** @throws IllegalArgumentException with the reason when nothing can be read there */
    static String read(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return fetch(URI.create(location));
            }
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(URI.create(location)), StandardCharsets.UTF_8);
            }
            Path path = Path.of(location);
            if (path.isAbsolute() && Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
            return resource(location.startsWith("classpath:") ? location.substring("classpath:".length()) : location);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot be read (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("was not read: interrupted", e);
        }
    }

    private static String fetch(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP " + answer.statusCode() + " from " + uri);
        }
        return answer.body();
    }

    private static String resource(String name) throws IOException {
        String relative = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in =
                (loader != null ? loader : KeyLocations.class.getClassLoader()).getResourceAsStream(relative)) {
            if (in == null) {
                throw new IOException("no file, URL or class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
