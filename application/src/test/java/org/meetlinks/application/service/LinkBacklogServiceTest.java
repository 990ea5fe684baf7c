package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.LinkBacklog;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

class LinkBacklogServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<Instant> askedAt = new ArrayList<>();

    private final CountBacklogPort counts = new CountBacklogPort() {
        @Override
        public long countLinks(LinkStatus status, Instant now) {
            askedAt.add(now);
            return status == LinkStatus.PENDING ? 3 : 2;
        }

        @Override
        public long countSessionsWaitingForLink(MentorId mentorId, Instant now) {
            return 0;
        }

        @Override
        public Map<Platform, Long> countConnectionsNeedingReconnect() {
            return Map.of(Platform.ZOOM, 4L);
        }
    };

    @Test
    void sessions_awaiting_a_link_are_the_pending_ones_and_those_on_a_placeholder() {
        LinkBacklog backlog = new LinkBacklogService(counts, clock).backlog();

        assertThat(backlog.pending()).isEqualTo(3);
        assertThat(backlog.awaitingManualLink()).isEqualTo(2);
        assertThat(backlog.awaitingLink()).isEqualTo(5);
        assertThat(backlog.needingReconnect(Platform.ZOOM)).isEqualTo(4);
        assertThat(backlog.needingReconnect(Platform.GOOGLE_MEET)).isZero();
        assertThat(askedAt).containsOnly(clock.instant());
    }
}
