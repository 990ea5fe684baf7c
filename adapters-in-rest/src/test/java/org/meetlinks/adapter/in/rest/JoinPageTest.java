package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JoinPageTest {

    @Test
    void the_topic_is_escaped() {
        String html = JoinPage.notReady("<script>alert('x')</script>", Instant.parse("2026-12-01T15:00:00Z"), true);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void the_waiting_page_says_the_mentor_was_asked_and_refreshes_itself() {
        String html = JoinPage.notReady("Career chat", Instant.parse("2026-12-01T15:00:00Z"), true);
        assertThat(html)
                .contains(
                        "not ready yet",
                        "mentor has been asked",
                        "http-equiv=\"refresh\"",
                        "Tuesday 1 December 2026, 15:00 UTC");
    }
}
