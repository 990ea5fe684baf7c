package org.meetlinks.application.port.in;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Ties an OAuth connect to the browser that started it: a random nonce that browser keeps in a cookie. Only its
 * SHA-256 is stored with the state, and the callback must bring the same nonce back; a consent URL opened in
 * another browser (forwarded to someone else) has none, or another one.
 */
public record BrowserBinding(String nonce) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public BrowserBinding {
        Objects.requireNonNull(nonce, "nonce");
    }

    /** A new binding for a connect being started. */
    public static BrowserBinding fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new BrowserBinding(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The callback came without the cookie. */
    public static BrowserBinding missing() {
        return new BrowserBinding("");
    }

    /** What is stored with the state: the nonce's SHA-256 in hex, or empty for a missing binding. */
    public String fingerprint() {
        if (nonce.isEmpty()) {
            return "";
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True only for the browser whose binding produced {@code storedFingerprint}. */
    public boolean matches(String storedFingerprint) {
        String mine = fingerprint();
        return !mine.isEmpty()
                && MessageDigest.isEqual(
                        mine.getBytes(StandardCharsets.US_ASCII),
                        storedFingerprint.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return nonce.isEmpty() ? "BrowserBinding[missing]" : "BrowserBinding[present]";
    }
}
