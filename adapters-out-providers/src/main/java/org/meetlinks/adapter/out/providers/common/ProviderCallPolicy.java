package org.meetlinks.adapter.out.providers.common;

/**
 * The MP Fault Tolerance values every provider's meetings bean carries (each bean has its own circuit breaker and
 * bulkhead, so one provider's outage never pauses another's calls). Each value can be overridden per bean with MP
 * Config {@code <bean class name>/CircuitBreaker/<field>} and {@code <bean class name>/Bulkhead/value}.
 *
 * <p>The breaker is shared by all mentors of a platform and counts only provider-wide failures
 * ({@link TransientProviderException}: 5xx, timeouts, unreachable; never 401/403/404, a refusal or a 429, which are
 * one account's or one request's; nor the further failures of an account that keeps failing, see
 * {@link AccountHealth}). No retries and no time limit: the caller's run retries within its budget, and every HTTP
 * call's own timeout is cut to what is left of it.
 */
public final class ProviderCallPolicy {
    /** The breaker judges the last 20 calls: an outage stops calls within seconds. */
    public static final int CALLS_JUDGED = 20;
    /** It opens when half of them failed. */
    public static final double FAILURE_RATIO = 0.5;
    /** After 5 s it lets trial calls through again ... */
    public static final long OPEN_MILLIS = 5_000;
    /** ... and two successful ones close it. */
    public static final int TRIAL_SUCCESSES = 2;
    /**
     * Concurrent calls per server and platform: above the generation pool's workers ({@code generation.workers}, 32
     * by default), so a full pool waits on the provider, not on a full bulkhead.
     */
    public static final int CONCURRENT_CALLS = 64;

    private ProviderCallPolicy() {}
}
