package org.meetlinks.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevLoginPageTest {

    @Test
    void the_form_has_labelled_user_and_role_fields_and_keeps_the_choice() {
        String html = DevLoginPage.form("m-7", "mentee", null);

        assertThat(html)
                .contains(
                        "<label for=\"user\">",
                        "<label for=\"role\">",
                        "value=\"m-7\"",
                        "<option value=\"mentee\" selected>",
                        "action=\"/dev-tools/login\"");
        assertThat(html).doesNotContain("role=\"alert\"");
    }

    @Test
    void what_the_user_typed_is_escaped() {
        String html = DevLoginPage.form("\"><script>x</script>", "mentor", "bad <input>");

        assertThat(html).doesNotContain("<script>").contains("&quot;&gt;&lt;script&gt;", "bad &lt;input&gt;");
    }
}
