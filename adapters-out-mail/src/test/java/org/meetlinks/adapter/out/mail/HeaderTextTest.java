package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Header values stay on one clean line. */
class HeaderTextTest {
    @Test
    void line_breaks_and_control_characters_become_single_spaces() {
        assertThat(HeaderText.oneLine("Career\r\nBcc: x@y.z\u0000\t chat\u2028end\u0085!", 200))
                .isEqualTo("Career Bcc: x@y.z chat end !");
    }

    @Test
    void leading_and_trailing_whitespace_is_dropped() {
        assertThat(HeaderText.oneLine("  \r\n Career chat \n", 200)).isEqualTo("Career chat");
    }

    @Test
    void long_text_is_cut_with_an_ellipsis_without_splitting_a_character() {
        String cut = HeaderText.oneLine("ab🚀🚀🚀", 4);

        assertThat(cut).isEqualTo("ab\u2026");
        assertThat(HeaderText.oneLine("abcd", 4)).isEqualTo("abcd");
    }

    @Test
    void detects_control_characters() {
        assertThat(HeaderText.hasControlCharacters("a\nb")).isTrue();
        assertThat(HeaderText.hasControlCharacters("Zoë Ærø")).isFalse();
    }
}
