package org.meetlinks.adapter.out.providers.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.meetlinks.domain.SessionId;

/** Deterministic event and conference ids are stable, distinct and valid base32hex. */
class GoogleEventIdsTest {

    @Test
    void the_same_session_always_gets_the_same_ids() {
        assertThat(GoogleEventIds.eventId(new SessionId("s-123")))
                .isEqualTo(GoogleEventIds.eventId(new SessionId("s-123")));
        assertThat(GoogleEventIds.conferenceRequestId(new SessionId("s-123")))
                .isEqualTo(GoogleEventIds.conferenceRequestId(new SessionId("s-123")));
    }

    @Test
    void different_sessions_get_different_ids() {
        assertThat(GoogleEventIds.eventId(new SessionId("s-123")))
                .isNotEqualTo(GoogleEventIds.eventId(new SessionId("s-124")));
        assertThat(GoogleEventIds.eventId(new SessionId("s-123")))
                .isNotEqualTo(GoogleEventIds.conferenceRequestId(new SessionId("s-123")));
    }

    @Test
    void ids_are_lowercase_base32hex_of_accepted_length() {
        for (String session : new String[] {"s-1", "S.2:x_y", "a".repeat(128)}) {
            String id = GoogleEventIds.eventId(new SessionId(session));
            assertThat(id).matches("[a-v0-9]{5,1024}").hasSize(52);
        }
    }

    @Test
    void base32hex_encodes_like_rfc4648_without_padding() {
        // RFC 4648 section 10 test vectors (base32hex), lowercased and unpadded.
        assertThat(GoogleEventIds.base32hex("f".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("co");
        assertThat(GoogleEventIds.base32hex("fo".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("cpng");
        assertThat(GoogleEventIds.base32hex("foob".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("cpnmuog");
        assertThat(GoogleEventIds.base32hex("foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("cpnmuoj1e8");
    }
}
