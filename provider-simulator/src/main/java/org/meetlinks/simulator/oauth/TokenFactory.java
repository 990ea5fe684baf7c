package org.meetlinks.simulator.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/** Creates unguessable random strings for codes and tokens. */
public final class TokenFactory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenFactory() {}

    /** A URL-safe random string carrying the given number of random bytes, behind a prefix. */
    public static String random(String prefix, int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
