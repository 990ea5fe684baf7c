package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.OutgoingNotification;

/** The text/plain part of every email kind reads well in any mail client: short lines, links alone on a line. */
class PlainTextLayoutTest {
    private static final int MAX_LINE = 78;
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @Test
    void no_line_is_longer_than78_characters_except_a_link_that_cannot_be_broken() {
        samples().forEach((name, n) -> {
            List<String> lines = NotificationTexts.render(n).text().lines().toList();
            assertThat(lines).as(name).allSatisfy(line -> {
                if (line.length() > MAX_LINE) {
                    assertThat(line)
                            .as(name + ": a line over " + MAX_LINE + " characters must be a lone link")
                            .matches(URL);
                }
            });
        });
    }

    @Test
    void every_link_stands_on_a_line_of_its_own() {
        samples().forEach((name, n) -> {
            String text = NotificationTexts.render(n).text();
            text.lines()
                    .filter(line -> URL.matcher(line).find())
                    .forEach(line -> assertThat(line)
                            .as(name + ": a line with a link holds only the link")
                            .matches(URL));
        });
    }

    private static Map<String, OutgoingNotification> samples() {
        Map<String, OutgoingNotification> all = new java.util.LinkedHashMap<>(EmailSamples.everyKind());
        all.putAll(EmailSamples.longWorded());
        return all;
    }
}
