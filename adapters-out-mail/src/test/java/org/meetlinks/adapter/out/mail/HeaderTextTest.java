package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Header values stay on one clean line. */
class HeaderTextTest {
    @Test
    void lineBreaksAndControlCharactersBecomeSingleSpaces() {
        assertThat(HeaderText.oneLine("Career\r\nBcc: x@y.z\u0000\t chat\u2028end\u0085!", 200))
                .isEqualTo("Career Bcc: x@y.z chat end !");
    }

    @Test
    void leadingAndTrailingWhitespaceIsDropped() {
        assertThat(HeaderText.oneLine("  \r\n Career chat \n", 200)).isEqualTo("Career chat");
    }

    @Test
    void longTextIsCutWithAnEllipsisWithoutSplittingACharacter() {
        String cut = HeaderText.oneLine("ab🚀🚀🚀", 4);

        assertThat(cut).isEqualTo("ab\u2026");
        assertThat(HeaderText.oneLine("abcd", 4)).isEqualTo("abcd");
    }

    @Test
    void detectsControlCharacters() {
        assertThat(HeaderText.hasControlCharacters("a\nb")).isTrue();
        assertThat(HeaderText.hasControlCharacters("Zoë Ærø")).isFalse();
    }
}
