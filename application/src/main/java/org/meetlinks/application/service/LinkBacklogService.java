package org.meetlinks.application.service;

import java.time.Clock;
import org.meetlinks.application.port.in.LinkBacklog;
import org.meetlinks.application.port.in.LinkBacklogUseCase;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.domain.LinkStatus;

/** Counts the sessions still without a real link and the connections waiting for a reconnect. */
public final class LinkBacklogService implements LinkBacklogUseCase {
    private final CountBacklogPort counts;
    private final Clock clock;

    public LinkBacklogService(CountBacklogPort counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public LinkBacklog backlog() {
        var now = clock.instant();
        return new LinkBacklog(
                counts.countLinks(LinkStatus.PENDING, now),
                counts.countLinks(LinkStatus.AWAITING_MANUAL_LINK, now),
                counts.countConnectionsNeedingReconnect());
    }
}
