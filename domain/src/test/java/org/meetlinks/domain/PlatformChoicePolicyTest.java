package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.domain.Fixtures.ADA;
import static org.meetlinks.domain.Fixtures.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformChoicePolicyTest {
    private final PlatformChoicePolicy policy = new PlatformChoicePolicy();

    private static ProviderConnection connection(Platform platform, ConnectionStatus status) {
        return new ProviderConnection(ADA, platform, "ada@example.org", status, NOW);
    }

    @Test
    void uses_the_default_platform_when_that_account_is_connected() {
        PlatformChoice choice = policy.choose(
                new MentorPreference(ADA, Platform.ZOOM),
                List.of(
                        connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED),
                        connection(Platform.ZOOM, ConnectionStatus.CONNECTED)));
        assertThat(choice).isEqualTo(new PlatformChoice.MentorAccount(Platform.ZOOM));
    }

    @Test
    void falls_back_to_the_one_connected_platform() {
        PlatformChoice choice = policy.choose(
                new MentorPreference(ADA, Platform.ZOOM),
                List.of(
                        connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED),
                        connection(Platform.ZOOM, ConnectionStatus.NEEDS_RECONNECT)));
        assertThat(choice).isEqualTo(new PlatformChoice.MentorAccount(Platform.GOOGLE_MEET));
    }

    @Test
    void skips_google_when_meet_is_turned_off_for_the_account_even_if_it_is_the_default() {
        ProviderConnection google = connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED);
        assertThat(google.markMeetingsTurnedOff(NOW)).isTrue();
        assertThat(google.markMeetingsTurnedOff(NOW)).as("told once").isFalse();

        PlatformChoice choice = policy.choose(
                new MentorPreference(ADA, Platform.GOOGLE_MEET),
                List.of(google, connection(Platform.ZOOM, ConnectionStatus.CONNECTED)));

        assertThat(choice).isEqualTo(new PlatformChoice.MentorAccount(Platform.ZOOM));
        assertThat(google.isUsable()).isFalse();
        assertThat(google.status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void says_meetings_are_turned_off_when_that_is_the_only_account() {
        ProviderConnection google = new ProviderConnection(
                ADA, Platform.GOOGLE_MEET, "ada@example.org", ConnectionStatus.CONNECTED, false, NOW);

        PlatformChoice choice = policy.choose(List.of(google));

        assertThat(choice).isInstanceOf(PlatformChoice.ManualLinkNeeded.class);
        assertThat(((PlatformChoice.ManualLinkNeeded) choice).kind()).isEqualTo(FailureKind.MEETINGS_TURNED_OFF);
        assertThat(((PlatformChoice.ManualLinkNeeded) choice).reason()).contains("turned off");
    }

    @Test
    void waits_for_a_manual_link_when_nothing_can_create_a_meeting() {
        assertThat(policy.choose(List.of()))
                .isEqualTo(new PlatformChoice.ManualLinkNeeded(
                        FailureKind.NO_ACCOUNT, "the mentor has not connected Google or Zoom"));
        assertThat(policy.choose(List.of(connection(Platform.ZOOM, ConnectionStatus.NEEDS_RECONNECT))))
                .isEqualTo(new PlatformChoice.ManualLinkNeeded(
                        FailureKind.AUTH, "the mentor's video account must be reconnected"));
    }

    @Test
    void prefers_google_meet_when_both_are_connected_and_no_default_is_set() {
        assertThat(policy.choose(List.of(
                        connection(Platform.ZOOM, ConnectionStatus.CONNECTED),
                        connection(Platform.GOOGLE_MEET, ConnectionStatus.CONNECTED))))
                .isEqualTo(new PlatformChoice.MentorAccount(Platform.GOOGLE_MEET));
    }

    @Test
    void a_connection_is_marked_for_reconnect_only_once() {
        ProviderConnection zoom = connection(Platform.ZOOM, ConnectionStatus.CONNECTED);
        assertThat(zoom.markNeedsReconnect("invalid_grant", NOW)).isTrue();
        assertThat(zoom.markNeedsReconnect("invalid_grant", NOW)).isFalse();
        assertThat(zoom.isUsable()).isFalse();
    }
}
