package org.meetlinks.adapter.out.providers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** An account that keeps failing stops counting against the shared breaker, and is forgiven at its first success. */
class AccountHealthTest {
    private static final MentorId BROKEN = new MentorId("m-broken");
    private static final MentorId HEALTHY = new MentorId("m-healthy");
    private final AccountHealth accounts = new AccountHealth();

    @Test
    void the_first_failures_count_and_later_ones_of_the_same_account_do_not() {
        for (int i = 1; i <= AccountHealth.FAILURES_COUNTED; i++) {
            assertThat(fail(BROKEN)).as("failure " + i).isInstanceOf(TransientProviderException.class);
        }
        Throwable fourth = fail(BROKEN);
        assertThat(fourth)
                .isInstanceOf(AccountFailureException.class)
                .isNotInstanceOf(TransientProviderException.class);
        assertThat(((AccountFailureException) fourth).mayHaveTakenEffect()).isTrue();
        assertThat(fail(HEALTHY))
                .as("another account is judged on its own")
                .isInstanceOf(TransientProviderException.class);
    }

    @Test
    void a_success_forgives_the_account() {
        for (int i = 0; i <= AccountHealth.FAILURES_COUNTED; i++) {
            fail(BROKEN);
        }
        assertThat(accounts.call(Platform.ZOOM, BROKEN, () -> "ok")).isEqualTo("ok");
        assertThat(fail(BROKEN)).isInstanceOf(TransientProviderException.class);
    }

    private Throwable fail(MentorId mentor) {
        return catchThrowable(() -> accounts.call(Platform.ZOOM, mentor, () -> {
            throw new TransientProviderException(Platform.ZOOM, "503", null);
        }));
    }
}
