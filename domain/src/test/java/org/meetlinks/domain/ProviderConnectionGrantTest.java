package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderConnectionGrantTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static ProviderConnection zoom(String mentor) {
        return new ProviderConnection(
                new MentorId(mentor), Platform.ZOOM, "ada@example.org", ConnectionStatus.CONNECTED, NOW);
    }

    @Test
    void a_connection_holds_the_same_grant_only_until_a_reconnect_replaces_it() {
        ProviderConnection before = zoom("m-1").holdingGrant("grant-1");
        assertThat(zoom("m-1").holdingGrant("grant-1").holdsSameGrantAs(before)).isTrue();
        assertThat(zoom("m-1").holdingGrant("grant-2").holdsSameGrantAs(before)).isFalse();
        assertThat(zoom("m-2").holdingGrant("grant-1").holdsSameGrantAs(before)).isFalse();
    }

    @Test
    void without_a_known_grant_every_grant_counts_as_the_connection_s() {
        assertThat(zoom("m-1").holdsSameGrantAs(zoom("m-1").holdingGrant("grant-1")))
                .isTrue();
        assertThat(zoom("m-1").holdingGrant("grant-1").holdsSameGrantAs(zoom("m-1")))
                .isTrue();
    }
}
