package org.meetlinks.adapter.out.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives the Message-ID header from the notification's stable message id, so a resend after a
 * crash carries the same Message-ID and mail clients fold the duplicate.
 */
final class MessageIds {
    static final String DOMAIN = "meetlinks";
    private static final int READABLE_PART = 64;

    private MessageIds() {}

    /**
     * {@code <readable.hash@meetlinks>}: the readable part keeps the id's safe characters, the hash
     * (of the full id) keeps two ids apart that only differ in characters that had to be replaced.
     */
    static String of(String messageId) {
        StringBuilder readable = new StringBuilder();
        for (int i = 0; i < messageId.length() && readable.length() < READABLE_PART; i++) {
            char c = messageId.charAt(i);
            boolean safe =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (safe) {
                readable.append(c);
            } else if (readable.length() > 0 && readable.charAt(readable.length() - 1) != '.') {
                readable.append('.');
            }
        }
        String hash = sha256Hex(messageId).substring(0, 16);
        String left = readable.length() == 0 || readable.charAt(readable.length() - 1) == '.'
                ? readable + hash
                : readable + "." + hash;
        return "<" + left + "@" + DOMAIN + ">";
    }

    private static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
