package org.meetlinks.bootstrap;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * Recognises the development keys that are in git (config/dev) by the SHA-256 of their key material, so the build
 * needs no copy of them: the RSA public key's X.509 SubjectPublicKeyInfo, and the 32 bytes of the dev token key.
 */
final class DevSecrets {
    /** SHA-256 of the DER SubjectPublicKeyInfo of config/dev/jwt-public.pem. */
    static final String DEV_JWT_KEY_SHA256 = "6c87de92ae8dffa3ddef9576ed9a2a9f8c57342d74f4bfcbf7f9a31a8178b11b";
    /** SHA-256 of the 32 bytes of the token key the dev and test servers use (bootstrap/pom.xml). */
    static final String DEV_TOKEN_KEY_SHA256 = "60f457d48e2aa02953faad2cf921e3e497fe330def8258718a35fe58bd810f96";

    private DevSecrets() {}

    static boolean isDevJwtKey(PublicKey key) {
        return DEV_JWT_KEY_SHA256.equals(sha256(key.getEncoded()));
    }

    static boolean isDevTokenKey(byte[] key) {
        return DEV_TOKEN_KEY_SHA256.equals(sha256(key));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
