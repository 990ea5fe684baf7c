package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkFailurePolicyTest {
    private static final Duration SHORTEST_CALL = Duration.ofMillis(500);
    private final LinkFailurePolicy policy = new LinkFailurePolicy(
            Duration.ofSeconds(2), Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(2), 3);
    /** Starts 2026-12-01T15:00Z, days after NOW. */
    private final MentoringSession farAhead = Fixtures.session();

    @Test
    void a_passing_failure_is_tried_again_at_once_while_the_budget_allows_another_call() {
        assertThat(policy.retryWithinRun(FailedCall.of(FailureKind.TRANSIENT), Duration.ofSeconds(3), SHORTEST_CALL))
                .contains(LinkFailurePolicy.QUICK_PAUSE);
        assertThat(policy.retryWithinRun(FailedCall.of(FailureKind.TRANSIENT), Duration.ofMillis(550), SHORTEST_CALL))
                .isEmpty();
    }

    @Test
    void a_rate_limit_waits_its_retry_after_within_the_run_only_when_it_fits() {
        assertThat(policy.retryWithinRun(
                        FailedCall.askingToWait(FailureKind.RATE_LIMITED, Duration.ofSeconds(1)),
                        Duration.ofSeconds(3),
                        SHORTEST_CALL))
                .contains(Duration.ofSeconds(1));
        assertThat(policy.retryWithinRun(
                        FailedCall.askingToWait(FailureKind.RATE_LIMITED, Duration.ofSeconds(5)),
                        Duration.ofSeconds(3),
                        SHORTEST_CALL))
                .isEmpty();
    }

    @Test
    void refusals_and_dead_grants_and_bugs_are_not_repeated_within_a_run() {
        for (FailureKind kind : new FailureKind[] {
            FailureKind.AUTH,
            FailureKind.PERMANENT,
            FailureKind.NO_ACCOUNT,
            FailureKind.MEETINGS_TURNED_OFF,
            FailureKind.UNEXPECTED
        }) {
            assertThat(policy.retryWithinRun(FailedCall.of(kind), Duration.ofSeconds(4), SHORTEST_CALL))
                    .isEmpty();
        }
    }

    @Test
    void a_fresh_outage_retries_in_the_background_and_asks_nobody() {
        FailureResponse response = policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 1, NOW, farAhead, NOW);
        assertThat(response).isEqualTo(FailureResponse.retryAt(NOW.plusSeconds(2), MentorAction.NONE));
    }

    @Test
    void background_retries_back_off_but_stay_quick_while_the_outage_is_young() {
        assertThat(policy.backoff(1, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(3, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(10, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(15));
        assertThat(policy.backoff(10, Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoff(30, Duration.ofHours(5))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_retry_after_a_provider_asked_for_is_respected() {
        FailureResponse response = policy.afterRun(
                FailedCall.askingToWait(FailureKind.RATE_LIMITED, Duration.ofMinutes(5)), 1, NOW, farAhead, NOW);
        assertThat(response.retryAt()).contains(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_long_retry_after_is_respected_and_asks_nobody_while_the_retry_still_comes_in_time() {
        Duration untilMidnight = Duration.ofHours(14);
        FailureResponse response = policy.afterRun(
                FailedCall.askingToWait(FailureKind.RATE_LIMITED, untilMidnight), 1, NOW, farAhead, NOW);
        assertThat(response).isEqualTo(FailureResponse.retryAt(NOW.plus(untilMidnight), MentorAction.NONE));
    }

    @Test
    void a_retry_after_that_lands_too_close_to_the_start_asks_the_mentor_now() {
        Duration tooLong = Duration.between(NOW, farAhead.startsAt()).minusMinutes(30);
        FailureResponse response =
                policy.afterRun(FailedCall.askingToWait(FailureKind.RATE_LIMITED, tooLong), 1, NOW, farAhead, NOW);
        assertThat(response.mentorAction()).isEqualTo(MentorAction.ADD_LINK);
        assertThat(response.retryAt()).contains(NOW.plus(tooLong));
    }

    @Test
    void an_outage_that_lasted_the_configured_time_asks_the_mentor_and_keeps_retrying() {
        Instant later = NOW.plus(Duration.ofMinutes(15));
        FailureResponse response = policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 12, NOW, farAhead, later);
        assertThat(response.mentorAction()).isEqualTo(MentorAction.ADD_LINK);
        assertThat(response.retryAt()).isPresent();
    }

    @Test
    void a_retry_is_scheduled_for_the_moment_the_mentor_would_be_asked() {
        Instant later = NOW.plus(Duration.ofMinutes(14));
        FailureResponse response = policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 12, NOW, farAhead, later);
        assertThat(response).isEqualTo(FailureResponse.retryAt(NOW.plus(Duration.ofMinutes(15)), MentorAction.NONE));
    }

    @Test
    void a_session_starting_soon_gives_a_passing_blip_a_tenth_of_the_time_left_before_asking() {
        MentoringSession inNinetyMinutes = startingIn(Duration.ofMinutes(90));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 1, NOW, inNinetyMinutes, NOW))
                .isEqualTo(FailureResponse.retryAt(NOW.plusSeconds(2), MentorAction.NONE));
        Instant eightMinutesOn = NOW.plus(Duration.ofMinutes(8));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 12, NOW, inNinetyMinutes, eightMinutesOn))
                .isEqualTo(FailureResponse.retryAt(NOW.plus(Duration.ofMinutes(9)), MentorAction.NONE));
        Instant nineMinutesOn = NOW.plus(Duration.ofMinutes(9));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 12, NOW, inNinetyMinutes, nineMinutesOn)
                        .mentorAction())
                .isEqualTo(MentorAction.ADD_LINK);
    }

    @Test
    void a_session_minutes_away_asks_after_seconds_and_one_already_started_at_once() {
        MentoringSession inFiveMinutes = startingIn(Duration.ofMinutes(5));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 3, NOW, inFiveMinutes, NOW.plusSeconds(29))
                        .mentorAction())
                .isEqualTo(MentorAction.NONE);
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 3, NOW, inFiveMinutes, NOW.plusSeconds(30))
                        .mentorAction())
                .isEqualTo(MentorAction.ADD_LINK);
        MentoringSession started = startingIn(Duration.ofMinutes(-5));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 1, NOW, started, NOW)
                        .mentorAction())
                .isEqualTo(MentorAction.ADD_LINK);
    }

    @Test
    void a_short_retry_after_for_a_session_starting_soon_asks_nobody_yet() {
        FailureResponse response = policy.afterRun(
                FailedCall.askingToWait(FailureKind.RATE_LIMITED, Duration.ofSeconds(30)),
                1,
                NOW,
                startingIn(Duration.ofMinutes(90)),
                NOW);
        assertThat(response).isEqualTo(FailureResponse.retryAt(NOW.plusSeconds(30), MentorAction.NONE));
    }

    private MentoringSession startingIn(Duration untilStart) {
        return MentoringSession.confirmed(
                new SessionId("s-9"),
                farAhead.mentor(),
                farAhead.mentee(),
                "Quick chat",
                NOW.plus(untilStart),
                NOW.plus(untilStart).plus(Duration.ofHours(1)),
                farAhead.timeZone(),
                ChangeOrder.unstated());
    }

    @Test
    void unforeseen_errors_ask_the_mentor_after_the_configured_number_of_runs() {
        assertThat(policy.afterRun(FailedCall.of(FailureKind.UNEXPECTED), 2, NOW, farAhead, NOW)
                        .mentorAction())
                .isEqualTo(MentorAction.NONE);
        assertThat(policy.afterRun(FailedCall.of(FailureKind.UNEXPECTED), 3, NOW, farAhead, NOW)
                        .mentorAction())
                .isEqualTo(MentorAction.ADD_LINK);
    }

    @Test
    void a_dead_grant_asks_for_a_reconnect_and_a_refusal_for_a_link_both_without_retries() {
        assertThat(policy.afterRun(FailedCall.of(FailureKind.AUTH), 1, NOW, farAhead, NOW))
                .isEqualTo(FailureResponse.noRetry(MentorAction.RECONNECT));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.PERMANENT), 1, NOW, farAhead, NOW))
                .isEqualTo(FailureResponse.noRetry(MentorAction.ADD_LINK));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.NO_ACCOUNT), 1, NOW, farAhead, NOW))
                .isEqualTo(FailureResponse.noRetry(MentorAction.ADD_LINK));
        assertThat(policy.afterRun(FailedCall.of(FailureKind.MEETINGS_TURNED_OFF), 1, NOW, farAhead, NOW))
                .as("no other account could make it: only the mentor can")
                .isEqualTo(FailureResponse.noRetry(MentorAction.ADD_LINK));
    }

    @Test
    void no_retry_goes_past_the_end_of_the_session() {
        Instant nearEnd = farAhead.endsAt().minusSeconds(1);
        assertThat(policy.afterRun(FailedCall.of(FailureKind.TRANSIENT), 1, nearEnd, farAhead, nearEnd))
                .isEqualTo(FailureResponse.noRetry(MentorAction.ADD_LINK));
        assertThat(policy.afterRun(
                        FailedCall.of(FailureKind.TRANSIENT), 1, farAhead.endsAt(), farAhead, farAhead.endsAt()))
                .isEqualTo(FailureResponse.noRetry(MentorAction.NONE));
    }
}
