package org.meetlinks.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads a token the server stored, the way an operator holding the key could: format 1, key id, 12-byte nonce,
 * AES-GCM with the header and the row (mentor, platform, column) as associated data. Written from the format,
 * not from the server's code, so a change to what is stored shows here.
 */
final class StoredTokens {
    private static final String KEY = System.getProperty("it.tokenKey");

    private StoredTokens() {}

    static String decrypt(byte[] stored, String mentorId, String platform, String column)
            throws GeneralSecurityException {
        if (stored[0] != 0x01) {
            throw new IllegalStateException("stored token has format " + stored[0] + ", expected 1");
        }
        int header = 2 + (stored[1] & 0xff) + 12;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
                new GCMParameterSpec(128, stored, header - 12, 12));
        cipher.updateAAD(stored, 0, header);
        StringBuilder row = new StringBuilder("provider_connection");
        for (String field : new String[] {mentorId, platform, column}) {
            row.append('|').append(field.length()).append(':').append(field);
        }
        cipher.updateAAD(row.toString().getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(stored, header, stored.length - header), StandardCharsets.UTF_8);
    }
}
