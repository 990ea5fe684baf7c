package org.meetlinks.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.meetlinks.application.port.in.RetryPendingLinksUseCase;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.domain.SessionId;

/**
 * The background sweep: offers the generation pool the links that are due — background retries, runs whose claim
 * ran out (a crash), and confirmed sessions nobody started on (a full pool, a crash right after intake) — until the
 * pool is full. It never calls a provider itself, so a hanging provider cannot stall it.
 */
public final class RetryDueLinksService implements RetryPendingLinksUseCase {
    static final int BATCH = 200;

    private final LoadMeetingLinkPort links;
    private final LinkGenerationQueue queue;
    private final GenerationSettings settings;
    private final Clock clock;

    public RetryDueLinksService(
            LoadMeetingLinkPort links, LinkGenerationQueue queue, GenerationSettings settings, Clock clock) {
        this.links = links;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int retryDueLinks() {
        Instant now = clock.instant();
        List<SessionId> due = links.findSessionsDueForGeneration(now, now.minus(settings.intakeGrace()), BATCH);
        int offered = 0;
        for (SessionId sessionId : due) {
            if (queue.offer(sessionId).isEmpty()) {
                break;
            }
            offered++;
        }
        return offered;
    }
}
