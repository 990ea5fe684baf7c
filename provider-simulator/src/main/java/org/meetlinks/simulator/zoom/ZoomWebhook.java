package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.meetlinks.simulator.http.Json;

/**
 * Zoom's side of the app's event subscription: where events go (the app's event notification endpoint) and the
 * secret token they are signed with ({@code x-zm-signature: v0=<hex HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * body)>}, {@code x-zm-request-timestamp} in epoch seconds). Start-up values come back on reset.
 */
public final class ZoomWebhook {

    /** What the endpoint answered to one event. */
    public record Delivery(int status, String body) {}

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final System.Logger LOG = System.getLogger(ZoomWebhook.class.getName());
    /** Events about API calls go out after the call's answer, one at a time, as Zoom sends them asynchronously. */
    private static final java.util.concurrent.ExecutorService LATER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "zoom-webhook-events");
                t.setDaemon(true);
                return t;
            });

    private volatile String startupUrl;
    private volatile String startupSecret;
    private volatile String url;
    private volatile String secret;

    /** Sets the endpoint and secret, also as the values reset() returns to (null = none). */
    public synchronized void startup(String endpointUrl, String secretToken) {
        this.startupUrl = endpointUrl;
        this.startupSecret = secretToken;
        reset();
    }

    /** Changes the endpoint and secret until the next reset; a null leaves that value as it is. */
    public synchronized void configure(String endpointUrl, String secretToken) {
        if (endpointUrl != null) {
            URI uri = URI.create(endpointUrl);
            if (!uri.isAbsolute() || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("'url' must be an absolute http(s) URL");
            }
            this.url = endpointUrl;
        }
        if (secretToken != null) {
            this.secret = secretToken;
        }
    }

    /** Back to the start-up endpoint and secret. */
    public synchronized void reset() {
        this.url = startupUrl;
        this.secret = startupSecret;
    }

    public String url() {
        return url;
    }

    public boolean hasSecret() {
        return secret != null && !secret.isEmpty();
    }

    /** Signs the event as Zoom does and POSTs it to the endpoint; the endpoint's answer is returned. */
    public Delivery send(ObjectNode event, Instant now) {
        String target = url;
        if (target == null || !hasSecret()) {
            throw new IllegalStateException("no Zoom webhook endpoint and secret configured (--zoom-webhook-url, "
                    + "--zoom-webhook-secret or POST /__sim/zoom/webhook)");
        }
        String body = Json.write(event);
        String timestamp = Long.toString(now.getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("x-zm-request-timestamp", timestamp)
                .header("x-zm-signature", "v0=" + hmacHex(secret, "v0:" + timestamp + ":" + body))
                .header("User-Agent", "Zoom Marketplace/1.0a (provider simulator)")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(answer.statusCode(), answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("the webhook endpoint " + target + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the webhook event", e);
        }
    }

    /**
     * Sends the event shortly after the current request is answered, if an endpoint and secret are configured (a
     * meeting changed through the API is notified like one changed in Zoom's UI); failures are logged.
     */
    public void sendLater(ObjectNode event, Instant now) {
        if (url == null || !hasSecret()) {
            return;
        }
        LATER.execute(() -> {
            try {
                Thread.sleep(100);
                Delivery delivery = send(event, now);
                LOG.log(Level.DEBUG, () -> event.get("event").asText() + " answered " + delivery.status());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                LOG.log(
                        Level.WARNING,
                        "The " + event.get("event").asText() + " event could not be delivered: " + e.getMessage());
            }
        });
    }

    /** The encryptedToken Zoom expects back for a validation challenge. */
    public String encryptedToken(String plainToken) {
        return hmacHex(secret, plainToken);
    }

    private static String hmacHex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
