package org.meetlinks.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** The unguessable part of a session's stable join URL ({@code /join/{token}}): 256 random bits. */
public record JoinToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public JoinToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException("token", "not a join token");
        }
    }

    /** A fresh token from a cryptographically strong random source. */
    public static JoinToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new JoinToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** True when {@code candidate} has the shape of a token (cheap check before any lookup). */
    public static boolean looksValid(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
