package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts OAuth tokens at rest with AES-256-GCM, bound to their row and column ({@link TokenSlot} as associated
 * data). Each value is {@code 0x01, key-id length, key id, 96-bit random nonce, ciphertext and tag}; the key id is
 * the first 8 bytes of the key's SHA-256, in hex. The current key ({@code meetlinks.token-key}) encrypts; it and the
 * previous keys ({@code meetlinks.token-key.previous}, comma-separated) decrypt, so a key can be rotated while old
 * values are re-encrypted on their next write. Values from before key ids ({@code 0x00, nonce, ciphertext}, no
 * associated data) are still read with any of the keys.
 */
@ApplicationScoped
class TokenCipher {
    private static final byte FORMAT_LEGACY = 0x00;
    private static final byte FORMAT_V1 = 0x01;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKey> keys;

    @Inject
    TokenCipher(
            @ConfigProperty(name = "meetlinks.token-key") String currentKey,
            @ConfigProperty(name = "meetlinks.token-key.previous") Optional<List<String>> previousKeys) {
        Map<String, SecretKey> all = new LinkedHashMap<>();
        SecretKey current = key("meetlinks.token-key", currentKey);
        this.currentId = keyId(current);
        all.put(currentId, current);
        for (String previous : previousKeys.orElse(List.of())) {
            if (!previous.isBlank()) {
                SecretKey key = key("meetlinks.token-key.previous", previous);
                all.putIfAbsent(keyId(key), key);
            }
        }
        this.keys = Map.copyOf(all);
    }

    /** For CDI client proxies only. */
    TokenCipher() {
        this.currentId = null;
        this.keys = Map.of();
    }

    /** The id of the key that encrypts now. */
    String currentKeyId() {
        return currentId;
    }

    byte[] encrypt(String token, TokenSlot slot) {
        try {
            byte[] id = currentId.getBytes(StandardCharsets.US_ASCII);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            ByteBuffer header = ByteBuffer.allocate(2 + id.length + NONCE_BYTES)
                    .put(FORMAT_V1)
                    .put((byte) id.length)
                    .put(id)
                    .put(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.array());
            cipher.updateAAD(slot.associatedData());
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(header.capacity() + sealed.length)
                    .put(header.array())
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a token", e);
        }
    }

    /** @throws IllegalStateException when no configured key opens the value for this slot */
    String decrypt(byte[] stored, TokenSlot slot) {
        if (stored.length > 0 && stored[0] == FORMAT_LEGACY) {
            return decryptLegacy(stored);
        }
        if (stored.length < 2 || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("a stored token has an unknown format");
        }
        int idLength = stored[1] & 0xff;
        int headerLength = 2 + idLength + NONCE_BYTES;
        String id = new String(stored, 2, idLength, StandardCharsets.US_ASCII);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("a stored token was encrypted with key " + id + ", which is not configured "
                    + "(add it to meetlinks.token-key.previous)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 2 + idLength, NONCE_BYTES));
            cipher.updateAAD(stored, 0, headerLength);
            cipher.updateAAD(slot.associatedData());
            byte[] plain = cipher.doFinal(stored, headerLength, stored.length - headerLength);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a stored token does not decrypt for " + slot.platform() + " of " + slot.mentorId() + " ("
                            + slot.column() + "): it was altered or belongs to another row",
                    e);
        }
    }

    private String decryptLegacy(byte[] stored) {
        byte[] value = Arrays.copyOfRange(stored, 1, stored.length);
        for (SecretKey key : keys.values()) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 0, NONCE_BYTES));
                return new String(
                        cipher.doFinal(value, NONCE_BYTES, value.length - NONCE_BYTES), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // not this key: try the next one
                continue;
            }
        }
        throw new IllegalStateException("a stored token from before key ids decrypts with none of the configured keys");
    }

    private static SecretKey key(String setting, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException(setting + " must be the base64 of 32 random bytes (AES-256)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
