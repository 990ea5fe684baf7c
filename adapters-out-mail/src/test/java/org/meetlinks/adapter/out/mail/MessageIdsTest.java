package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Message-IDs are stable per message id and always well formed. */
class MessageIdsTest {
    @Test
    void sameMessageIdGivesTheSameHeader() {
        assertThat(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"))
                .isEqualTo(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"));
    }

    @Test
    void headerIsAValidMessageIdKeepingTheReadablePart() {
        assertThat(MessageIds.of("SESSION_CONFIRMED:s-123:0:mentee"))
                .matches("<SESSION_CONFIRMED\\.s-123\\.0\\.mentee\\.[0-9a-f]{16}@meetlinks>");
    }

    @Test
    void idsDifferingOnlyInReplacedCharactersStayApart() {
        assertThat(MessageIds.of("a:b")).isNotEqualTo(MessageIds.of("a/b"));
    }

    @Test
    void hostileOrEmptyIdsStillGiveAWellFormedHeader() {
        assertThat(MessageIds.of("x\r\nBcc: evil@example.org <>"))
                .matches("<[A-Za-z0-9._-]+@meetlinks>")
                .doesNotContain("..");
        assertThat(MessageIds.of("")).matches("<[0-9a-f]{16}@meetlinks>");
        assertThat(MessageIds.of("::::")).matches("<[0-9a-f]{16}@meetlinks>");
        assertThat(MessageIds.of("x".repeat(500)).length()).isLessThan(100);
    }
}
