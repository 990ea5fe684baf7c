package org.meetlinks.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void a_pkcs8_pem_file_is_read_and_the_token_verifies_with_the_public_key(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        DevTokens tokens = new DevTokens(DevTokens.readKey(pem), Clock.fixed(NOW, ZoneOffset.UTC));

        String[] parts = tokens.mint("m-1", "mentor").split("\\.");

        assertThat(parts).hasSize(3);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"meetlinks-dev\"}");
    }

    @Test
    void the_claims_are_those_of_scripts_dev_token() throws Exception {
        DevTokens tokens = new DevTokens(keys.getPrivate(), Clock.fixed(NOW, ZoneOffset.UTC));

        String claims = decode(tokens.mint("e-9", "mentee").split("\\.")[1]);

        long iat = NOW.getEpochSecond();
        assertThat(claims).matches("\\{\"iss\":\"https://meetlinks.dev/issuer\",\"aud\":\"meetlinks\","
                + "\"sub\":\"e-9\",\"upn\":\"e-9\",\"groups\":\\[\"mentee\"\\],\"iat\":" + iat + ",\"exp\":"
                + (iat + 8 * 3600) + ",\"jti\":\"[0-9a-f]{32}\"}");
    }

    @Test
    void the_token_is_url_safe_without_padding() throws Exception {
        String token = new DevTokens(keys.getPrivate(), Clock.systemUTC()).mint("m-1@example.org", "admin");

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void subjects_and_groups_outside_the_script_rules_are_refused() {
        DevTokens tokens = new DevTokens(keys.getPrivate(), Clock.systemUTC());

        assertThatThrownBy(() -> tokens.mint("m 1\"", "mentor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.mint("m-1", "root")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DevTokens.validSubject("-m")).isFalse();
        assertThat(DevTokens.validSubject("a".repeat(129))).isFalse();
        assertThat(DevTokens.validGroup("booking-system")).isTrue();
    }

    @Test
    void a_file_that_is_not_a_pkcs8_key_is_refused(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");

        assertThatThrownBy(() -> DevTokens.readKey(pem)).hasMessageContaining("not a PKCS#8 PEM private key");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
