package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Message-IDs are stable per message id and always well formed. */
class MessageIdsTest {
    @Test
    void same_message_id_gives_the_same_header() {
        assertThat(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"))
                .isEqualTo(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"));
    }

    @Test
    void header_is_a_valid_message_id_keeping_the_readable_part() {
        assertThat(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"))
                .matches("<SESSION_CONFIRMED\\.s-123\\.0\\.mentee\\.[0-9a-f]{16}@meetlinks>");
    }

    @Test
    void ids_differing_only_in_replaced_characters_stay_apart() {
        assertThat(MessageIds.of("a:b")).isNotEqualTo(MessageIds.of("a/b"));
    }

    @Test
    void hostile_or_empty_ids_still_give_a_well_formed_header() {
        assertThat(MessageIds.of("x\r\nBcc: evil@example.org <>"))
                .matches("<[A-Za-z0-9._-]+@meetlinks>")
                .doesNotContain("..");
        assertThat(MessageIds.of("")).matches("<[0-9a-f]{16}@meetlinks>");
        assertThat(MessageIds.of("::::")).matches("<[0-9a-f]{16}@meetlinks>");
        assertThat(MessageIds.of("x".repeat(500)).length()).isLessThan(100);
    }
}
