package org.meetlinks.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev token minter: signatures that verify, the claims of scripts/dev-token, nothing injectable. */
class DevTokensTest {
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);
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
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(keys.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        DevTokens tokens = new DevTokens(
                DevTokens.readKey(pem), DevTokens.DEV_ISSUER, EIGHT_HOURS, Clock.fixed(NOW, ZoneOffset.UTC));

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
        DevTokens tokens =
                new DevTokens(keys.getPrivate(), DevTokens.DEV_ISSUER, EIGHT_HOURS, Clock.fixed(NOW, ZoneOffset.UTC));

        String claims = decode(tokens.mint("e-9", "mentee").split("\\.")[1]);

        long iat = NOW.getEpochSecond();
        assertThat(claims)
                .matches("\\{\"iss\":\"https://meetlinks.dev/issuer\",\"aud\":\"meetlinks\","
                        + "\"sub\":\"e-9\",\"upn\":\"e-9\",\"groups\":\\[\"mentee\"\\],\"iat\":" + iat + ",\"exp\":"
                        + (iat + 8 * 3600) + ",\"jti\":\"[0-9a-f]{32}\"}");
    }

    @Test
    void the_token_is_url_safe_without_padding() throws Exception {
        String token = new DevTokens(keys.getPrivate(), DevTokens.DEV_ISSUER, EIGHT_HOURS, Clock.systemUTC())
                .mint("m-1@example.org", "admin");

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void quotes_in_a_subject_cannot_add_claims() {
        DevTokens tokens = new DevTokens(keys.getPrivate(), DevTokens.DEV_ISSUER, EIGHT_HOURS, Clock.systemUTC());

        String claims =
                decode(tokens.mint("m-1\",\"groups\":[\"admin\"]", "mentee").split("\\.")[1]);

        assertThat(claims)
                .contains("\"groups\":[\"mentee\"]")
                .doesNotContain("\"groups\":[\"admin\"]")
                .contains("\"sub\":\"m-1\\\",");
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
