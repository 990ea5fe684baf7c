package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML escaping and which URLs may become links. */
class HtmlTest {
    @Test
    void escapes_markup_and_quotes() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void only_absolute_web_urls_become_link_targets() {
        assertThat(Html.linkTarget("https://meetlinks.example/join/abc"))
                .contains("https://meetlinks.example/join/abc");
        assertThat(Html.linkTarget("HTTP://example.org/")).isPresent();
        assertThat(Html.linkTarget("javascript:alert(1)")).isEmpty();
        assertThat(Html.linkTarget("data:text/html,<script>")).isEmpty();
        assertThat(Html.linkTarget("/relative/path")).isEmpty();
        assertThat(Html.linkTarget("https://exa mple.org/")).isEmpty();
    }
}
