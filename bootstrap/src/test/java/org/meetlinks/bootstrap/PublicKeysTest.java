package org.meetlinks.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The same RSA key spelled as PKCS#1 PEM, SPKI PEM and JWK reads back as one key; a cut PKCS#1 block is refused. */
class PublicKeysTest {
    private final RSAPublicKey key = rsaKey();

    @Test
    void pkcs1_spki_and_jwk_spellings_read_as_the_same_key() {
        byte[] spki = key.getEncoded();
        // A 2048-bit key's SPKI is a 24-byte header (algorithm, BIT STRING) around the PKCS#1 RSAPublicKey.
        byte[] pkcs1 = Arrays.copyOfRange(spki, 24, spki.length);
        String jwk = "{\"kty\":\"RSA\",\"n\":\"" + base64Url(key.getModulus().toByteArray()) + "\",\"e\":\""
                + base64Url(key.getPublicExponent().toByteArray()) + "\"}";

        assertThat(PublicKeys.parse(pem("RSA PUBLIC KEY", pkcs1))).containsExactly(key);
        assertThat(PublicKeys.parse(pem("PUBLIC KEY", spki))).containsExactly(key);
        assertThat(PublicKeys.parse(jwk)).containsExactly(key);
    }

    @Test
    void a_truncated_pkcs1_block_is_refused() {
        byte[] spki = key.getEncoded();
        byte[] cut = Arrays.copyOfRange(spki, 24, spki.length - 10);
        assertThatThrownBy(() -> PublicKeys.parse(pem("RSA PUBLIC KEY", cut)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated DER");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAPublicKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPublicKey) generator.generateKeyPair().getPublic();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
