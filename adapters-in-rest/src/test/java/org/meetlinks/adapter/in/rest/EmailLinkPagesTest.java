package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.CompletedConnect;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.in.EmailedSessionView;
import org.meetlinks.domain.Platform;

class EmailLinkPagesTest {
    private static CompletedConnect done(int waiting, int linked) {
        return new CompletedConnect(
                ConnectionView.of(Platform.GOOGLE_MEET, "CONNECTED", "ada@example.org", true), true, waiting, linked);
    }

    @Test
    void the_landing_page_says_how_many_waiting_sessions_have_their_link() {
        assertThat(EmailLinkPages.reconnected("Google", done(2, 2)))
                .contains(
                        "Google is connected again",
                        "ada@example.org",
                        "2 sessions were waiting for a link: all 2 have their link now.");
        assertThat(EmailLinkPages.reconnected("Google", done(1, 1)))
                .contains("1 session was waiting for a link: it has its link now.");
        assertThat(EmailLinkPages.reconnected("Google", done(3, 1)))
                .contains("3 sessions were waiting for a link: 1 has it now");
        assertThat(EmailLinkPages.reconnected("Google", done(0, 0))).contains("No session was waiting for a link.");
    }

    @Test
    void the_form_escapes_what_people_typed_and_keeps_it() {
        EmailedSessionView session = new EmailedSessionView(
                "<b>Chat</b>",
                "Bo \"the\" mentee",
                Instant.parse("2030-12-01T15:00:00Z"),
                Instant.parse("2030-12-01T16:00:00Z"),
                ZoneId.of("Europe/Berlin"),
                "https://links.example.org/join/t",
                "");
        String page = EmailLinkPages.addLinkForm(
                "/from-email/add-link/x",
                session,
                "https://a.example/\"><script>",
                "the link must start with https://");

        assertThat(page)
                .doesNotContain("<b>Chat</b>", "<script>")
                .contains(
                        "&lt;b&gt;Chat&lt;/b&gt;",
                        "value=\"https://a.example/&quot;&gt;&lt;script&gt;\"",
                        "16:00&ndash;17:00 (Europe/Berlin)",
                        "Nothing was saved");
    }
}
