package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.domain.Fixtures.ADA;
import static org.meetlinks.domain.Fixtures.NOW;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformChoicePolicyTest {
    private final PlatformChoicePolicy policy = new PlatformChoicePolicy();

    private static ProviderConnection connection(Platform platform, ConnectionStatus status) {
        return new ProviderConnection(ADA, platform, "ada@example.org", status, Optional.empty(), NOW);
    }

    @Test
    void uses_the_default_platform_when_that_account_is_connected() {
        PlatformChoice choice = policy.choose(Optional.of(new MentorPreference(ADA, Platform.ZOOM)),
                List.of(connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED),
                        connection(Platform.ZOOM, ConnectionStatus.CONNECTED)));
        assertThat(choice).isEqualTo(new PlatformChoice.MentorAccount(Platform.ZOOM));
    }

    @Test
    void falls_back_to_the_one_connected_platform() {
        PlatformChoice choice = policy.choose(Optional.of(new MentorPreference(ADA, Platform.ZOOM)),
                List.of(connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED),
                        connection(Platform.ZOOM, ConnectionStatus.NEEDS_RECONNECT)));
        assertThat(choice).isEqualTo(new PlatformChoice.MentorAccount(Platform.GOOGLE_MEET));
    }

    @Test
    void waits_for_a_manual_link_when_nothing_can_create_a_meeting() {
        assertThat(policy.choose(Optional.empty(), List.of()))
                .isEqualTo(new PlatformChoice.ManualLinkNeeded(FailureKind.NO_ACCOUNT,
                        "the mentor has not connected Google or Zoom"));
        assertThat(policy.choose(Optional.empty(), List.of(connection(Platform.ZOOM, ConnectionStatus.NEEDS_RECONNECT))))
                .isEqualTo(new PlatformChoice.ManualLinkNeeded(FailureKind.AUTH,
                        "the mentor's video account must be reconnected"));
    }

    @Test
    void prefers_google_meet_when_both_are_connected_and_no_default_is_set() {
        assertThat(policy.choose(Optional.empty(), List.of(connection(Platform.ZOOM, ConnectionStatus.CONNECTED),
                connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED))))
                .isEqualTo(new PlatformChoice.MentorAccount(Platform.GOOGLE_MEET));
    }

    @Test
    void a_connection_is_marked_for_reconnect_only_once() {
        ProviderConnection zoom = connection(Platform.ZOOM, ConnectionStatus.CONNECTED);
        assertThat(zoom.markNeedsReconnect("invalid_grant", NOW)).isTrue();
        assertThat(zoom.markNeedsReconnect("invalid_grant", NOW)).isFalse();
        zoom.markConnected(NOW);
        assertThat(zoom.isUsable()).isTrue();
    }
}
