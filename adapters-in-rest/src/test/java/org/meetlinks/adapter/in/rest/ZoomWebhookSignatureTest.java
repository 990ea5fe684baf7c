package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Zoom's webhook signature scheme, with a vector computed independently (openssl dgst -sha256 -hmac). */
class ZoomWebhookSignatureTest {
    private static final String SECRET = "dev-zoom-webhook-secret";
    private static final String BODY = "{\"event\":\"app_deauthorized\",\"payload\":{\"user_id\":\"u-1\"}}";
    private static final String TIMESTAMP = "1893456000";
    private static final Instant SENT = Instant.ofEpochSecond(1_893_456_000L);
    // printf 'v0:1893456000:{...}' | openssl dgst -sha256 -hmac dev-zoom-webhook-secret
    private static final String SIGNATURE = "v0=" + OpenSsl.SIGNATURE_HEX;

    private static ZoomWebhookSignature at(Instant now) {
        return new ZoomWebhookSignature(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_fresh_correct_signature_verifies() {
        assertThat(at(SENT.plusSeconds(30)).verifies(TIMESTAMP, SIGNATURE, body(BODY)))
                .isTrue();
    }

    @Test
    void a_changed_body_a_wrong_secret_or_no_signature_does_not() {
        assertThat(at(SENT).verifies(TIMESTAMP, SIGNATURE, body(BODY.replace("u-1", "u-2"))))
                .isFalse();
        assertThat(new ZoomWebhookSignature("other", Clock.fixed(SENT, ZoneOffset.UTC))
                        .verifies(TIMESTAMP, SIGNATURE, body(BODY)))
                .isFalse();
        assertThat(at(SENT).verifies(TIMESTAMP, null, body(BODY))).isFalse();
        assertThat(at(SENT).verifies(null, SIGNATURE, body(BODY))).isFalse();
        assertThat(at(SENT).verifies(TIMESTAMP, SIGNATURE.substring(3), body(BODY)))
                .isFalse();
    }

    @Test
    void a_timestamp_older_than_five_minutes_or_as_far_ahead_is_refused() {
        assertThat(at(SENT.plusSeconds(301)).verifies(TIMESTAMP, SIGNATURE, body(BODY)))
                .isFalse();
        assertThat(at(SENT.minusSeconds(301)).verifies(TIMESTAMP, SIGNATURE, body(BODY)))
                .isFalse();
        assertThat(at(SENT.plusSeconds(299)).verifies(TIMESTAMP, SIGNATURE, body(BODY)))
                .isTrue();
        assertThat(at(SENT).verifies("not-a-number", SIGNATURE, body(BODY))).isFalse();
    }

    @Test
    void the_validation_challenge_answer_is_the_hex_hmac_of_the_plain_token() {
        assertThat(at(SENT).encryptedToken("qgg8vlvZRS6UYooatFL8Aw")).isEqualTo(OpenSsl.PLAIN_TOKEN_HEX);
    }

    /** Values computed with openssl, not with the code under test. */
    private static final class OpenSsl {
        static final String SIGNATURE_HEX = "cf3772e8bd47954fe0324dafd1419c1fc5e4f3c61f76d994e7991d3f230bc6b9";
        static final String PLAIN_TOKEN_HEX = "e421aca558edafce7e66423e9c9fb37023d80a4407c67d09f9cdb279f623179a";
    }
}
