package org.meetlinks.adapter.out.providers.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.domain.MentorId;

/**
 * The grants of one platform read or refreshed in the last few seconds, so a mentor's meetings in a row read the
 * database once. A grant replaced meanwhile (a refresh by another server, a disconnect, a reconnect) is served for at
 * most {@link #KEPT_FOR}: its token still works until the provider rejects it, and a rejection makes the caller forget
 * it and read the stored grant again.
 */
final class RecentGrants {
    /** How long a grant read from the database serves without being read again. */
    static final Duration KEPT_FOR = Duration.ofSeconds(30);
    /** Beyond this many mentors, remembering a grant first drops those kept too long. */
    private static final int TIDY_ABOVE = 10_000;

    private final ConcurrentMap<MentorId, Kept> byMentor = new ConcurrentHashMap<>();
    private final Clock clock;

    /** A grant and when it was read. */
    private record Kept(ProviderGrant grant, Instant readAt) {}

    RecentGrants(Clock clock) {
        this.clock = clock;
    }

    /** The mentor's grant if it was read less than {@link #KEPT_FOR} ago. */
    Optional<ProviderGrant> recent(MentorId mentorId) {
        Instant oldest = clock.instant().minus(KEPT_FOR);
        return Optional.ofNullable(byMentor.get(mentorId))
                .filter(kept -> kept.readAt().isAfter(oldest))
                .map(Kept::grant);
    }

    /** @return {@code grant}, now the mentor's recent one */
    ProviderGrant remember(ProviderGrant grant) {
        Instant now = clock.instant();
        if (byMentor.size() > TIDY_ABOVE) {
            Instant oldest = now.minus(KEPT_FOR);
            byMentor.values().removeIf(kept -> !kept.readAt().isAfter(oldest));
        }
        byMentor.put(grant.mentorId(), new Kept(grant, now));
        return grant;
    }

    /** The provider rejected the mentor's token, or the grant is gone: the next caller reads the stored one. */
    void forget(MentorId mentorId) {
        byMentor.remove(mentorId);
    }
}
