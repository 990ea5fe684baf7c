package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.domain.Fixtures.NOW;
import static org.meetlinks.domain.Fixtures.meet;
import static org.meetlinks.domain.Fixtures.pendingLink;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingLinkTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Test
    void a_new_link_is_pending_with_a_join_token_and_no_target() {
        MeetingLink link = pendingLink();
        assertThat(link.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(link.joinTarget()).isEmpty();
        assertThat(link.joinToken().value()).hasSize(43);
    }

    @Test
    void only_one_caller_can_claim_generation_while_the_lease_runs() {
        MeetingLink link = pendingLink();
        assertThat(link.claimGeneration(NOW, LEASE)).isTrue();
        assertThat(link.claimGeneration(NOW.plusSeconds(5), LEASE)).isFalse();
        assertThat(link.claimGeneration(NOW.plusSeconds(31), LEASE)).isTrue();
        assertThat(link.attempts()).isEqualTo(2);
    }

    @Test
    void activation_sets_the_url_and_the_join_target() {
        MeetingLink link = pendingLink();
        link.claimGeneration(NOW, LEASE);
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link.joinTarget()).contains(meet());
        assertThat(link.platform()).contains(Platform.GOOGLE_MEET);
        assertThat(link.leaseUntil()).isEmpty();
        assertThat(link.claimGeneration(NOW.plusSeconds(60), LEASE)).isFalse();
    }

    @Test
    void a_link_whose_provider_account_is_gone_goes_back_to_generation_keeping_its_join_token() {
        MeetingLink link = pendingLink();
        JoinToken token = link.joinToken();
        link.claimGeneration(NOW, LEASE);
        link.activate(MeetingUrl.of(Platform.ZOOM, "https://us05web.zoom.us/j/85012345678?pwd=x"), "m-1", "850", NOW);

        link.returnToGeneration(NOW.plusSeconds(10));

        assertThat(link.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(link.joinToken()).isEqualTo(token);
        assertThat(link.joinTarget()).isEmpty();
        assertThat(link.url()).isEmpty();
        assertThat(link.externalMeetingId()).isEmpty();
        assertThat(link.nextAttemptAt()).contains(NOW.plusSeconds(10));
        assertThat(link.claimGeneration(NOW.plusSeconds(11), LEASE)).isTrue();
    }

    @Test
    void only_an_active_provider_link_goes_back_to_generation() {
        assertThatThrownBy(() -> pendingLink().returnToGeneration(NOW)).isInstanceOf(IllegalLinkTransitionException.class);
        MeetingLink manual = pendingLink();
        manual.setManualLink(MeetingUrl.of(Platform.MANUAL, "https://whereby.com/ada"), "m-1", NOW);
        assertThatThrownBy(() -> manual.returnToGeneration(NOW)).isInstanceOf(IllegalLinkTransitionException.class);
    }

    @Test
    void a_failed_generation_waits_for_a_manual_link_and_tells_only_the_first_time() {
        MeetingLink link = pendingLink();
        assertThat(link.awaitManualLink("provider down", Optional.of(NOW.plusSeconds(60)), NOW)).isTrue();
        assertThat(link.awaitManualLink("still down", Optional.of(NOW.plusSeconds(120)), NOW)).isFalse();
        assertThat(link.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(link.failureReason()).contains("still down");
        assertThat(link.nextAttemptAt()).contains(NOW.plusSeconds(120));
    }

    @Test
    void a_waiting_link_can_still_be_upgraded_by_a_later_provider_success() {
        MeetingLink link = pendingLink();
        link.awaitManualLink("provider down", Optional.empty(), NOW);
        assertThat(link.claimGeneration(NOW, LEASE)).isTrue();
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link.failureReason()).isEmpty();
    }

    @Test
    void the_mentor_can_set_a_manual_link_while_waiting_and_replace_an_active_one() {
        MeetingLink link = pendingLink();
        link.awaitManualLink("no account", Optional.empty(), NOW);
        MeetingUrl own = MeetingUrl.of(Platform.MANUAL, "https://whereby.com/ada");
        link.setManualLink(own, "m-1", NOW);
        assertThat(link.joinTarget()).contains(own);
        link.setManualLink(meet(), "m-1", NOW);
        assertThat(link.joinTarget()).contains(meet());
    }

    @Test
    void a_cancelled_link_accepts_nothing_more() {
        MeetingLink link = pendingLink();
        assertThat(link.cancel(NOW)).isTrue();
        assertThat(link.cancel(NOW)).isFalse();
        assertThat(link.claimGeneration(NOW, LEASE)).isFalse();
        assertThatThrownBy(() -> link.activate(meet(), "m-1", "x", NOW)).isInstanceOf(IllegalLinkTransitionException.class);
        assertThatThrownBy(() -> link.setManualLink(meet(), "m-1", NOW)).isInstanceOf(IllegalLinkTransitionException.class);
        assertThatThrownBy(() -> link.awaitManualLink("x", Optional.empty(), NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
    }

    @Test
    void an_active_link_cannot_be_activated_again_by_a_provider() {
        MeetingLink link = pendingLink();
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThatThrownBy(() -> link.activate(meet(), "m-1", "evt-2", NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
    }

    @Test
    void a_provider_activation_rejects_a_manual_url() {
        MeetingLink link = pendingLink();
        assertThatThrownBy(() -> link.activate(MeetingUrl.of(Platform.MANUAL, "https://x.org/a"), "m-1", "e", NOW))
                .isInstanceOf(InvalidMeetingUrlException.class);
    }

    @Test
    void snapshot_and_restore_round_trip() {
        MeetingLink link = pendingLink();
        link.activate(meet(), "m-1", "evt-1", NOW);
        MeetingLink copy = MeetingLink.restore(link.snapshot());
        assertThat(copy.snapshot()).isEqualTo(link.snapshot());
    }

    @Test
    void join_tokens_are_random_and_well_formed() {
        JoinToken a = JoinToken.random();
        JoinToken b = JoinToken.random();
        assertThat(a).isNotEqualTo(b);
        assertThat(JoinToken.looksValid(a.value())).isTrue();
        assertThat(JoinToken.looksValid("../../etc/passwd")).isFalse();
    }
}
