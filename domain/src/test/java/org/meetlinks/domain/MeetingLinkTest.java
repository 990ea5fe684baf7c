package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.domain.Fixtures.NOW;
import static org.meetlinks.domain.Fixtures.meet;
import static org.meetlinks.domain.Fixtures.pendingLink;

import java.time.Duration;
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
        assertThat(link.generation().attempts()).isEqualTo(2);
    }

    @Test
    void a_claimed_run_that_never_started_gives_its_lease_and_its_attempt_back() {
        MeetingLink link = pendingLink();
        link.claimGeneration(NOW, LEASE);
        boolean mayExistBefore = link.beginCreate();

        link.releaseUnstartedRun(mayExistBefore);

        assertThat(link.generation().leaseUntil()).isEmpty();
        assertThat(link.generation().attempts()).isZero();
        assertThat(link.generation().meetingMayExist()).isFalse();
        assertThat(link.claimGeneration(NOW.plusSeconds(1), LEASE)).isTrue();
        assertThatThrownBy(() -> pendingLink().releaseUnstartedRun(false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void activation_sets_the_url_and_the_join_target() {
        MeetingLink link = pendingLink();
        link.claimGeneration(NOW, LEASE);
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link.joinTarget()).contains(meet());
        assertThat(link.platform()).contains(Platform.GOOGLE_MEET);
        assertThat(link.generation().leaseUntil()).isEmpty();
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
        assertThat(link.snapshot().externalMeetingId()).isEmpty();
        assertThat(link.generation().nextAttemptAt()).contains(NOW.plusSeconds(10));
        assertThat(link.claimGeneration(NOW.plusSeconds(11), LEASE)).isTrue();
    }

    @Test
    void only_an_active_provider_link_goes_back_to_generation() {
        assertThatThrownBy(() -> pendingLink().returnToGeneration(NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
        MeetingLink manual = pendingLink();
        manual.setManualLink(MeetingUrl.of(Platform.MANUAL, "https://whereby.com/ada"), "m-1", NOW);
        assertThatThrownBy(() -> manual.returnToGeneration(NOW)).isInstanceOf(IllegalLinkTransitionException.class);
    }

    @Test
    void a_passing_failure_keeps_the_link_pending_with_a_background_retry_and_asks_nobody() {
        MeetingLink link = pendingLink();
        boolean ask = link.recordFailure(
                FailureKind.TRANSIENT,
                "provider down",
                false,
                FailureResponse.retryAt(NOW.plusSeconds(2), MentorAction.NONE),
                NOW);
        assertThat(ask).isFalse();
        assertThat(link.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(link.generation().nextAttemptAt()).contains(NOW.plusSeconds(2));
        assertThat(link.generation().failingSince()).contains(NOW);
        assertThat(link.generation().lastFailure()).contains(FailureKind.TRANSIENT);
    }

    @Test
    void the_mentor_is_asked_for_a_link_once_per_spell_of_failures() {
        MeetingLink link = pendingLink();
        assertThat(link.recordFailure(
                        FailureKind.TRANSIENT,
                        "provider down",
                        false,
                        FailureResponse.retryAt(NOW.plusSeconds(60), MentorAction.ADD_LINK),
                        NOW))
                .isTrue();
        assertThat(link.recordFailure(
                        FailureKind.TRANSIENT,
                        "still down",
                        false,
                        FailureResponse.retryAt(NOW.plusSeconds(120), MentorAction.ADD_LINK),
                        NOW.plusSeconds(60)))
                .isFalse();
        assertThat(link.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(link.generation().failureReason()).contains("still down");
        assertThat(link.generation().nextAttemptAt()).contains(NOW.plusSeconds(120));
        assertThat(link.generation().failingSince()).contains(NOW);
        assertThat(link.generation().mentorAskedAt()).contains(NOW);
    }

    @Test
    void a_dead_grant_waits_for_the_mentor_without_asking_for_a_link() {
        MeetingLink link = pendingLink();
        assertThat(link.recordFailure(
                        FailureKind.AUTH,
                        "reconnect Zoom",
                        false,
                        FailureResponse.noRetry(MentorAction.RECONNECT),
                        NOW))
                .isFalse();
        assertThat(link.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(link.generation().mentorAskedAt()).isEmpty();
        assertThat(link.generation().nextAttemptAt()).isEmpty();
    }

    @Test
    void a_create_whose_answer_never_came_makes_the_next_attempt_look_for_the_meeting_first() {
        MeetingLink link = pendingLink();
        assertThat(link.beginCreate()).isFalse();
        link.recordFailure(
                FailureKind.TRANSIENT,
                "timed out",
                true,
                FailureResponse.retryAt(NOW.plusSeconds(2), MentorAction.NONE),
                NOW);
        assertThat(link.beginCreate()).isTrue();
        link.recordFailure(
                FailureKind.TRANSIENT,
                "503 before anything was done",
                false,
                FailureResponse.retryAt(NOW.plusSeconds(4), MentorAction.NONE),
                NOW);
        assertThat(link.beginCreate()).isFalse();
    }

    @Test
    void a_crash_during_a_create_leaves_the_trace_for_the_next_attempt() {
        MeetingLink link = pendingLink();
        link.claimGeneration(NOW, LEASE);
        link.beginCreate();
        MeetingLink afterCrash = MeetingLink.restore(link.snapshot());
        assertThat(afterCrash.claimGeneration(NOW.plusSeconds(31), LEASE)).isTrue();
        assertThat(afterCrash.beginCreate()).isTrue();
    }

    @Test
    void a_waiting_link_can_still_be_upgraded_by_a_later_provider_success() {
        MeetingLink link = pendingLink();
        link.recordFailure(
                FailureKind.PERMANENT, "provider refused", true, FailureResponse.noRetry(MentorAction.ADD_LINK), NOW);
        assertThat(link.claimGeneration(NOW, LEASE)).isTrue();
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link.generation().failureReason()).isEmpty();
        assertThat(link.generation().lastFailure()).isEmpty();
        assertThat(link.generation().failingSince()).isEmpty();
        assertThat(link.generation().mentorAskedAt()).isEmpty();
        assertThat(link.generation().meetingMayExist()).isFalse();
    }

    @Test
    void the_mentor_can_set_a_manual_link_while_waiting_and_replace_an_active_one() {
        MeetingLink link = pendingLink();
        link.recordFailure(
                FailureKind.NO_ACCOUNT, "no account", false, FailureResponse.noRetry(MentorAction.ADD_LINK), NOW);
        MeetingUrl own = MeetingUrl.of(Platform.MANUAL, "https://whereby.com/ada");
        link.setManualLink(own, "m-1", NOW);
        assertThat(link.joinTarget()).contains(own);
        link.setManualLink(meet(), "m-1", NOW);
        assertThat(link.joinTarget()).contains(meet());
    }

    @Test
    void a_manual_link_that_replaces_a_provider_meeting_hands_that_meeting_back_for_deletion() {
        MeetingLink link = pendingLink();
        link.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(link.setManualLink(MeetingUrl.of(Platform.MANUAL, "https://whereby.com/ada"), "m-1", NOW))
                .contains(new ProviderMeeting(Platform.GOOGLE_MEET, "evt-1"));
        assertThat(link.snapshot().externalMeetingId()).isEmpty();
        assertThat(link.setManualLink(
                        MeetingUrl.of(Platform.ZOOM, "https://us05web.zoom.us/j/85012345678"), "m-1", NOW))
                .isEmpty();
        assertThat(link.providerMeeting()).isEmpty();
    }

    @Test
    void a_cancelled_link_accepts_nothing_more() {
        MeetingLink link = pendingLink();
        assertThat(link.cancel(NOW)).isTrue();
        assertThat(link.cancel(NOW)).isFalse();
        assertThat(link.claimGeneration(NOW, LEASE)).isFalse();
        assertThatThrownBy(() -> link.activate(meet(), "m-1", "x", NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
        assertThatThrownBy(() -> link.setManualLink(meet(), "m-1", NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
        assertThatThrownBy(() -> link.recordFailure(
                        FailureKind.TRANSIENT, "x", false, FailureResponse.noRetry(MentorAction.NONE), NOW))
                .isInstanceOf(IllegalLinkTransitionException.class);
    }

    @Test
    void a_cancelled_link_names_the_provider_meeting_it_had_and_no_current_one() {
        MeetingLink made = pendingLink();
        made.activate(meet(), "m-1", "evt-1", NOW);
        assertThat(made.cancelledProviderMeeting()).isEmpty();
        made.cancel(NOW);
        assertThat(made.providerMeeting()).isEmpty();
        assertThat(made.cancelledProviderMeeting()).contains(new ProviderMeeting(Platform.GOOGLE_MEET, "evt-1"));

        MeetingLink waiting = pendingLink();
        waiting.cancel(NOW);
        assertThat(waiting.cancelledProviderMeeting()).isEmpty();
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
        link.recordFailure(
                FailureKind.RATE_LIMITED,
                "slow down",
                true,
                FailureResponse.retryAt(NOW.plusSeconds(9), MentorAction.ADD_LINK),
                NOW);
        assertThat(MeetingLink.restore(link.snapshot()).snapshot()).isEqualTo(link.snapshot());
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
