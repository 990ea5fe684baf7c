package org.meetlinks.adapter.out.providers.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Failure accounting per mentor account, in this instance: once an account's calls failed with provider errors
 * (5xx, timeouts) {@value #FAILURES_COUNTED} times in a row, its further failures reach the shared circuit breaker
 * as {@link AccountFailureException}, which the breaker does not count. One broken account then cannot open the
 * breaker that all mentors of the platform share, while an outage (failures across many accounts) still opens it
 * within seconds. The account's calls still go out (with the run's back-off), so it recovers at its first success.
 */
@ApplicationScoped
public class AccountHealth {
    static final int FAILURES_COUNTED = 3;

    private final ConcurrentMap<Account, Integer> failing = new ConcurrentHashMap<>();

    /** Runs one account's provider call, judging its outcome. */
    public <T> T call(Platform platform, MentorId mentor, Supplier<T> call) {
        Account account = new Account(platform, mentor);
        T result;
        try {
            result = call.get();
        } catch (TransientProviderException e) {
            int failures = failing.merge(account, 1, Integer::sum);
            if (failures > FAILURES_COUNTED) {
                throw new AccountFailureException(e, failures);
            }
            throw e;
        }
        failing.remove(account);
        return result;
    }

    /** A mentor's account on one platform. */
    private record Account(Platform platform, MentorId mentor) {
        Account {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(mentor, "mentor");
        }
    }
}
