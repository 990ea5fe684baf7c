package org.meetlinks.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature: {@code x-zm-signature: v0=<hex HMAC-SHA256(secret token, "v0:" + x-zm-request-timestamp
 * + ":" + raw body)>}, compared in constant time; a timestamp (epoch seconds) more than five minutes away is refused,
 * so a recorded event cannot be replayed later.
 */
final class ZoomWebhookSignature {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final Clock clock;

    ZoomWebhookSignature(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook secret token is required");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** True when the request carries a fresh timestamp and the signature of exactly this body. */
    boolean verifies(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, clock.instant()).abs().compareTo(MAX_AGE) > 0) {
            return false;
        }
        byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        byte[] expected = ("v0=" + hmacHex(message)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The answer to Zoom's endpoint validation: hex HMAC-SHA256 of the plain token. */
    String encryptedToken(String plainToken) {
        return hmacHex(plainToken.getBytes(StandardCharsets.UTF_8));
    }

    private String hmacHex(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
