package org.meetlinks.adapter.out.providers.google;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.meetlinks.domain.SessionId;

/**
 * Deterministic Calendar ids for a session: lowercase base32hex (a-v, 0-9, no padding) of SHA-256, 52 characters,
 * so a retried insert hits the same event (409) and the same conference request.
 */
public final class GoogleEventIds {
    private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

    private GoogleEventIds() {}

    /** The client-supplied event id. */
    public static String eventId(SessionId sessionId) {
        return eventId(sessionId, 0);
    }

    /**
     * The event id of the session's {@code revision}-th event: 0 is the first; the next one is used once the owner
     * deleted the event before it (Google keeps a deleted event, and its id cannot be used again).
     */
    public static String eventId(SessionId sessionId, int revision) {
        return base32hex(sha256("meetlinks:" + sessionId.value() + (revision == 0 ? "" : "#" + revision)));
    }

    /** The conference createRequest's requestId. */
    public static String conferenceRequestId(SessionId sessionId) {
        return conferenceRequestId(sessionId, 0);
    }

    /** The conference createRequest's requestId for the session's {@code revision}-th event. */
    public static String conferenceRequestId(SessionId sessionId, int revision) {
        return base32hex(sha256("meetlinks-conference:" + sessionId.value() + (revision == 0 ? "" : "#" + revision)));
    }

    static String base32hex(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32HEX[(buffer >>> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32HEX[(buffer << (5 - bits)) & 0x1f]);
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
