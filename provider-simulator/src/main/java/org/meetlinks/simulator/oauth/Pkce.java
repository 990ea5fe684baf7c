package org.meetlinks.simulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** PKCE (RFC 7636) checks for the S256 method. */
public final class Pkce {

    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

    private Pkce() {}

    /** Whether the text is a syntactically valid S256 code_challenge (43 base64url characters). */
    public static boolean isValidS256Challenge(String challenge) {
        return challenge != null && S256_CHALLENGE.matcher(challenge).matches();
    }

    /** Whether the text is a syntactically valid code_verifier. */
    public static boolean isValidVerifier(String verifier) {
        return verifier != null && VERIFIER.matcher(verifier).matches();
    }

    /** BASE64URL(SHA-256(ASCII(verifier))) without padding. */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Whether the verifier matches the challenge. */
    public static boolean matches(String verifier, String challenge) {
        return isValidVerifier(verifier)
                && MessageDigest.isEqual(
                        s256(verifier).getBytes(StandardCharsets.US_ASCII),
                        challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
