package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MentorPageFilesTest {

    @Test
    void the_three_files_are_served_with_their_media_types() {
        assertThat(MentorPageFiles.find("index.html")).get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/html;charset=utf-8"));
        assertThat(MentorPageFiles.find("app.js")).get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/javascript;charset=utf-8"));
        assertThat(MentorPageFiles.find("app.css")).get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/css;charset=utf-8"));
    }

    @Test
    void nothing_else_on_the_class_path_can_be_fetched() {
        assertThat(MentorPageFiles.find("../beans.xml")).isEmpty();
        assertThat(MentorPageFiles.find("..%2Fbeans.xml")).isEmpty();
        assertThat(MentorPageFiles.find("")).isEmpty();
        assertThat(MentorPageFiles.find("README.md")).isEmpty();
    }

    @Test
    void the_page_has_no_inline_script_style_or_event_handler() {
        String html = text("index.html");

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline <script>").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline event handler").isFalse();
        assertThat(Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline style").isFalse();
        assertThat(html).contains("<script src=\"/mentor/app.js\" defer></script>",
                "<link rel=\"stylesheet\" href=\"/mentor/app.css\">");
    }

    @Test
    void the_page_has_landmarks_a_live_region_and_the_ids_the_browser_test_uses() {
        String html = text("index.html");

        assertThat(html).contains("<html lang=\"en\">", "<main id=\"main\"", "<header", "<footer",
                "name=\"viewport\"", "class=\"skip-link\" href=\"#main\"",
                "id=\"status-message\" class=\"status-message\" role=\"status\" aria-live=\"polite\"");
        for (String id : new String[] {"connect-google", "connect-zoom", "disconnect-google", "disconnect-zoom",
                "connection-google", "connection-zoom", "default-zoom", "default-google-meet", "default-platform",
                "reconnect-banner", "sessions", "refresh-sessions", "sessions-more", "signed-out"}) {
            assertThat(html).as("element #" + id).contains("id=\"" + id + "\"");
        }
    }

    @Test
    void every_radio_button_has_a_label() {
        String html = text("index.html");

        assertThat(html).contains("<label for=\"default-google-meet\">", "<label for=\"default-zoom\">");
    }

    @Test
    void the_script_never_evaluates_strings_or_writes_html() {
        String js = text("app.js");

        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "localStorage");
        assertThat(js).contains("history.replaceState", "sessionStorage",
                "Your session expired — open this page again from your dashboard");
    }

    private static String text(String name) {
        return new String(MentorPageFiles.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }
}
