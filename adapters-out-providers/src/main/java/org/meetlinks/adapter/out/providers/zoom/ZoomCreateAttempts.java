package org.meetlinks.adapter.out.providers.zoom;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.domain.SessionId;

/**
 * Remembers (in memory, per instance) sessions whose Zoom create had an unknown outcome, so a later attempt can
 * warn that a duplicate meeting may exist. Zoom has no idempotency key and the trimmed spec no list call to check.
 */
final class ZoomCreateAttempts {
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<SessionId, Instant> uncertain = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    synchronized void recordUncertain(SessionId sessionId, Instant at) {
        uncertain.putIfAbsent(sessionId, at);
    }

    synchronized Optional<Instant> uncertainSince(SessionId sessionId) {
        return Optional.ofNullable(uncertain.get(sessionId));
    }

    synchronized void forget(SessionId sessionId) {
        uncertain.remove(sessionId);
    }
}
