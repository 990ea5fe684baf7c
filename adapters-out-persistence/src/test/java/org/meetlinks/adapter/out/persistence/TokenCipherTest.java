package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final String OLD_KEY = randomKey();
    private static final String NEW_KEY = randomKey();
    private static final TokenSlot ADA_GOOGLE = TokenSlot.access("m-ada", "GOOGLE_MEET");

    @Test
    void a_token_decrypts_in_its_own_row_and_column() {
        TokenCipher cipher = new TokenCipher(NEW_KEY, Optional.empty());
        assertThat(cipher.decrypt(cipher.encrypt("ya29.secret", ADA_GOOGLE), ADA_GOOGLE))
                .isEqualTo("ya29.secret");
    }

    @Test
    void a_ciphertext_moved_to_another_row_does_not_decrypt() {
        TokenCipher cipher = new TokenCipher(NEW_KEY, Optional.empty());
        byte[] adas = cipher.encrypt("ya29.secret", ADA_GOOGLE);
        assertThatThrownBy(() -> cipher.decrypt(adas, TokenSlot.access("m-mallory", "GOOGLE_MEET")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another row");
        assertThatThrownBy(() -> cipher.decrypt(adas, TokenSlot.access("m-ada", "ZOOM")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(adas, TokenSlot.refresh("m-ada", "GOOGLE_MEET")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_changed_key_id_does_not_decrypt() {
        TokenCipher cipher = new TokenCipher(NEW_KEY, Optional.of(List.of(OLD_KEY)));
        byte[] value = cipher.encrypt("ya29.secret", ADA_GOOGLE);
        byte[] oldId = new TokenCipher(OLD_KEY, Optional.empty()).currentKeyId().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(oldId, 0, value, 2, oldId.length);
        assertThatThrownBy(() -> cipher.decrypt(value, ADA_GOOGLE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_rotation_the_new_key_encrypts_and_the_old_key_still_decrypts() {
        TokenCipher before = new TokenCipher(OLD_KEY, Optional.empty());
        byte[] written = before.encrypt("refresh-1", ADA_GOOGLE);

        TokenCipher after = new TokenCipher(NEW_KEY, Optional.of(List.of(OLD_KEY)));
        assertThat(after.decrypt(written, ADA_GOOGLE)).isEqualTo("refresh-1");
        byte[] rewritten = after.encrypt("refresh-1", ADA_GOOGLE);
        assertThat(keyIdOf(rewritten)).isEqualTo(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        assertThat(keyIdOf(written)).isEqualTo(before.currentKeyId());

        TokenCipher oldKeyRemoved = new TokenCipher(NEW_KEY, Optional.empty());
        assertThat(oldKeyRemoved.decrypt(rewritten, ADA_GOOGLE)).isEqualTo("refresh-1");
        assertThatThrownBy(() -> oldKeyRemoved.decrypt(written, ADA_GOOGLE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("meetlinks.token-key.previous");
    }

    @Test
    void a_value_from_before_key_ids_is_still_read_with_any_configured_key() throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher legacy = Cipher.getInstance("AES/GCM/NoPadding");
        legacy.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = legacy.doFinal("legacy-token".getBytes(StandardCharsets.UTF_8));
        byte[] migrated = ByteBuffer.allocate(1 + 12 + sealed.length)
                .put((byte) 0)
                .put(nonce)
                .put(sealed)
                .array();

        assertThat(new TokenCipher(NEW_KEY, Optional.of(List.of(OLD_KEY))).decrypt(migrated, ADA_GOOGLE))
                .isEqualTo("legacy-token");
    }

    @Test
    void a_key_that_is_not_32_bytes_is_refused() {
        assertThatThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(new byte[16]), Optional.empty()))
                .hasMessageContaining("meetlinks.token-key");
        assertThatThrownBy(() -> new TokenCipher(NEW_KEY, Optional.of(List.of("c2hvcnQ="))))
                .hasMessageContaining("meetlinks.token-key.previous");
    }

    private static String keyIdOf(byte[] value) {
        return new String(value, 2, value[1], StandardCharsets.US_ASCII);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
