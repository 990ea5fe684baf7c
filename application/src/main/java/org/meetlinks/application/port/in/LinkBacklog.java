package org.meetlinks.application.port.in;

import java.util.Map;
import org.meetlinks.domain.Platform;

/**
 * What is still open for sessions that have not ended: links being made (PENDING), sessions on a placeholder
 * waiting for the mentor (AWAITING_MANUAL_LINK), and connections that need the mentor to reconnect.
 */
public record LinkBacklog(long pending, long awaitingManualLink, Map<Platform, Long> connectionsNeedingReconnect) {
    public LinkBacklog {
        connectionsNeedingReconnect = Map.copyOf(connectionsNeedingReconnect);
    }

    /** Sessions still without a real link: being made now, or waiting on a placeholder. */
    public long awaitingLink() {
        return pending + awaitingManualLink;
    }

    public long needingReconnect(Platform platform) {
        return connectionsNeedingReconnect.getOrDefault(platform, 0L);
    }
}
