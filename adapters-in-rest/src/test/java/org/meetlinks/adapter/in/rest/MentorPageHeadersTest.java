package org.meetlinks.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MentorPageHeadersTest {

    @Test
    void the_policy_allows_only_own_scripts_and_styles_and_no_framing() {
        String csp = MentorPageHeaders.forPath("/mentor/").get("Content-Security-Policy");

        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "frame-ancestors 'none'",
                        "base-uri 'none'",
                        "form-action 'self'",
                        "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void the_page_that_receives_the_token_is_never_stored() {
        for (String path : new String[] {"/mentor", "/mentor/", "/mentor/index.html"}) {
            assertThat(MentorPageHeaders.forPath(path)).containsEntry("Cache-Control", "no-store");
        }
        assertThat(MentorPageHeaders.forPath("/mentor/main.js")).containsEntry("Cache-Control", "no-cache");
    }

    @Test
    void every_response_forbids_sniffing_and_referrers() {
        Map<String, String> headers = MentorPageHeaders.forPath("/mentor/app.css");

        assertThat(headers)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Frame-Options", "DENY");
    }
}
