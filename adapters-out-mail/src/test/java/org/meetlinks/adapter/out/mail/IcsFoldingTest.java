package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content lines are folded at 75 octets and unfold to the original. */
class IcsFoldingTest {
    @Test
    void short_lines_stay_as_they_are() {
        assertThat(IcsFolding.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void long_lines_fold_at75_octets_and_unfold_to_the_original() {
        String line = "DESCRIPTION:" + "ä".repeat(100) + "€🚀x".repeat(20);

        String folded = IcsFolding.fold(line + "\r\n");

        assertThat(folded.split("\r\n"))
                .allSatisfy(part ->
                        assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
