package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MentorPageFilesTest {

    @Test
    void the_page_its_style_and_its_modules_are_served_with_their_media_types() {
        assertThat(MentorPageFiles.find("index.html"))
                .get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/html;charset=utf-8"));
        assertThat(MentorPageFiles.find("app.css"))
                .get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/css;charset=utf-8"));
        // A browser refuses a module script served with any type but a JavaScript one.
        assertThat(MentorPageFiles.SCRIPTS).contains("main.js");
        for (String script : MentorPageFiles.SCRIPTS) {
            assertThat(MentorPageFiles.find(script))
                    .as(script)
                    .get()
                    .satisfies(a -> assertThat(a.mediaType()).isEqualTo("text/javascript;charset=utf-8"));
        }
    }

    @Test
    void every_module_in_the_folder_is_served_and_every_import_names_a_served_module() throws Exception {
        Path folder = Path.of(
                MentorPageFiles.class.getResource(MentorPageFiles.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")))
                    .as("modules in the folder (one missing from the list is a 404 in the browser)")
                    .containsExactlyInAnyOrderElementsOf(MentorPageFiles.SCRIPTS);
        }
        Pattern from = Pattern.compile("^import [^;]* from '\\./([^']+)';$", Pattern.MULTILINE);
        int found = 0;
        for (String script : MentorPageFiles.SCRIPTS) {
            String js = text(script);
            assertThat(js)
                    .as(script + " imports only with relative static imports")
                    .doesNotContainPattern("import\\s*\\(")
                    .doesNotContainPattern("from '(?!\\./)");
            Matcher imports = from.matcher(js);
            while (imports.find()) {
                assertThat(MentorPageFiles.SCRIPTS)
                        .as(script + " imports " + imports.group(1))
                        .contains(imports.group(1));
                found++;
            }
        }
        assertThat(found).as("imports found (main.js imports the others)").isGreaterThan(0);
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

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("inline <script>")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("inline event handler")
                .isFalse();
        assertThat(Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("inline style")
                .isFalse();
        assertThat(html)
                .contains(
                        "<script type=\"module\" src=\"/mentor/main.js\"></script>",
                        "<link rel=\"stylesheet\" href=\"/mentor/app.css\">");
    }

    @Test
    void the_page_has_landmarks_a_live_region_and_the_ids_the_browser_test_uses() {
        String html = text("index.html");

        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "<main id=\"main\"",
                        "<header",
                        "<footer",
                        "name=\"viewport\"",
                        "class=\"skip-link\" href=\"#main\"",
                        "id=\"status-message\" class=\"status-message\" role=\"status\" aria-live=\"polite\"");
        for (String id : new String[] {
            "connect-google",
            "connect-zoom",
            "disconnect-google",
            "disconnect-zoom",
            "connection-google",
            "connection-zoom",
            "default-zoom",
            "default-google-meet",
            "default-platform",
            "reconnect-banner",
            "sessions",
            "refresh-sessions",
            "sessions-more",
            "signed-out"
        }) {
            assertThat(html).as("element #" + id).contains("id=\"" + id + "\"");
        }
    }

    @Test
    void every_radio_button_has_a_label() {
        String html = text("index.html");

        assertThat(html).contains("<label for=\"default-google-meet\">", "<label for=\"default-zoom\">");
    }

    @Test
    void the_scripts_never_evaluate_strings_or_write_html() {
        String js =
                MentorPageFiles.SCRIPTS.stream().map(MentorPageFilesTest::text).collect(Collectors.joining("\n"));

        assertThat(js)
                .doesNotContain(
                        "innerHTML",
                        "outerHTML",
                        "insertAdjacentHTML",
                        "document.write",
                        "eval(",
                        "new Function",
                        "localStorage");
        assertThat(js)
                .contains(
                        "history.replaceState",
                        "sessionStorage",
                        "Your session expired — open this page again from your dashboard");
    }

    private static String text(String name) {
        return new String(MentorPageFiles.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }
}
