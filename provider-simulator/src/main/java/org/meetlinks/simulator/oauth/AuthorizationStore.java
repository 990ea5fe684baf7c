package org.meetlinks.simulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Holds authorization requests waiting on the consent page and issued, not yet used authorization codes. */
public final class AuthorizationStore {

    /** How long a code stays exchangeable (Google and Zoom: a few minutes). */
    public static final Duration CODE_TTL = Duration.ofMinutes(10);

    private static final Duration CONSENT_TTL = Duration.ofMinutes(30);
    private static final int PURGE_THRESHOLD = 2_000;

    /** A request parked while the consent page is shown. */
    private record Pending(AuthorizationRequest request, Instant expiresAt) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

    /** Parks a request for the consent page and returns its id. */
    public String park(AuthorizationRequest request, Instant now) {
        if (pending.size() > PURGE_THRESHOLD) {
            pending.values().removeIf(p -> p.expiresAt().isBefore(now));
        }
        String id = TokenFactory.random("consent-", 18);
        pending.put(id, new Pending(request, now.plus(CONSENT_TTL)));
        return id;
    }

    /** Takes (removes) a parked request if it exists and has not expired. */
    public Optional<AuthorizationRequest> takePending(String id, Instant now) {
        Pending p = id == null ? null : pending.remove(id);
        return p == null || p.expiresAt().isBefore(now) ? Optional.empty() : Optional.of(p.request());
    }

    /** Issues a new single-use code for the account's consent. */
    public AuthorizationCode issueCode(AuthorizationRequest request, String account, Instant now) {
        if (codes.size() > PURGE_THRESHOLD) {
            codes.values().removeIf(c -> c.expiresAt().isBefore(now));
        }
        AuthorizationCode code =
                new AuthorizationCode(TokenFactory.random("4/sim-", 24), request, account, now.plus(CODE_TTL));
        codes.put(code.code(), code);
        return code;
    }

    /** Removes and returns a code; a second call for the same code finds nothing (single use). */
    public Optional<AuthorizationCode> consume(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes.remove(code));
    }

    /** Forgets everything. */
    public void clear() {
        pending.clear();
        codes.clear();
    }
}
