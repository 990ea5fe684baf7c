package org.meetlinks.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevLoginRulesTest {
    @Test
    void subjects_and_groups_outside_the_script_rules_are_refused() {
        assertThat(DevLoginRules.validSubject("m-1@example.org")).isTrue();
        assertThat(DevLoginRules.validSubject("m 1\"")).isFalse();
        assertThat(DevLoginRules.validSubject("-m")).isFalse();
        assertThat(DevLoginRules.validSubject("a".repeat(129))).isFalse();
        assertThat(DevLoginRules.validSubject(null)).isFalse();
        assertThat(DevLoginRules.validGroup("booking-system")).isTrue();
        assertThat(DevLoginRules.validGroup("root")).isFalse();
    }
}
