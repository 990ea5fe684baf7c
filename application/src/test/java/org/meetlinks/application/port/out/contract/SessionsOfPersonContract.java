package org.meetlinks.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * What every dashboard query must do, run against the in-memory fake and PostgreSQL alike: a person's sessions as
 * mentor or mentee that overlap the window, cancelled ones too, ordered by start then id, paged, each with its link
 * when it has one.
 */
public abstract class SessionsOfPersonContract {
    protected static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant WEEK_END = NOW.plus(Duration.ofDays(7));
    private final List<SessionWithLink> stored = new ArrayList<>();

    /** A query over a store that holds exactly {@code rows} (and their sessions). */
    protected abstract LoadSessionsOfPersonPort storing(List<SessionWithLink> rows);

    @Test
    public void a_person_sees_the_sessions_they_mentor_or_attend_and_no_others() {
        withLink(ConfirmedSessions.of("s-mentor", "p-1", "e-9", NOW.plusSeconds(3600)));
        withLink(ConfirmedSessions.of("s-mentee", "m-2", "p-1", NOW.plusSeconds(7200)));
        withLink(ConfirmedSessions.of("s-other", "m-2", "e-9", NOW.plusSeconds(3600)));

        assertThat(ids(storing(stored).loadSessionsOfPerson("p-1", NOW, WEEK_END, 0, 50)))
                .containsExactly("s-mentor", "s-mentee");
    }

    @Test
    public void the_window_takes_sessions_in_progress_but_none_that_ended_at_its_start_or_start_at_its_end() {
        withLink(ConfirmedSessions.of("ended-at-from", "p-1", "e-9", NOW.minusSeconds(3600)));
        withLink(ConfirmedSessions.of("in-progress", "p-1", "e-9", NOW.minusSeconds(1800)));
        withLink(ConfirmedSessions.of("last-in-window", "p-1", "e-9", WEEK_END.minusSeconds(1)));
        withLink(ConfirmedSessions.of("starts-at-to", "p-1", "e-9", WEEK_END));

        assertThat(ids(storing(stored).loadSessionsOfPerson("p-1", NOW, WEEK_END, 0, 50)))
                .containsExactly("in-progress", "last-in-window");
    }

    @Test
    public void sessions_come_by_start_then_id_cancelled_ones_too_and_a_page_is_cut_from_that_order() {
        withLink(ConfirmedSessions.of("s-c", "p-1", "e-9", NOW.plusSeconds(7200)));
        withLink(ConfirmedSessions.of("s-b", "p-1", "e-9", NOW.plusSeconds(3600)));
        withLink(ConfirmedSessions.of("s-a", "p-1", "e-9", NOW.plusSeconds(3600)));
        MentoringSession cancelled = ConfirmedSessions.of("s-d", "p-1", "e-9", NOW.plusSeconds(10800));
        cancelled.cancel();
        withLink(cancelled);

        LoadSessionsOfPersonPort query = storing(stored);

        assertThat(ids(query.loadSessionsOfPerson("p-1", NOW, WEEK_END, 0, 50)))
                .containsExactly("s-a", "s-b", "s-c", "s-d");
        assertThat(ids(query.loadSessionsOfPerson("p-1", NOW, WEEK_END, 1, 2))).containsExactly("s-b", "s-c");
        assertThat(ids(query.loadSessionsOfPerson("p-1", NOW, WEEK_END, 4, 2))).isEmpty();
    }

    @Test
    public void each_session_comes_with_its_link_or_without_one() {
        MeetingLink link = withLink(ConfirmedSessions.of("s-1", "p-1", "e-9", NOW.plusSeconds(3600)));
        stored.add(SessionWithLink.withoutLink(ConfirmedSessions.of("s-2", "p-1", "e-9", NOW.plusSeconds(7200))));

        List<SessionWithLink> read = storing(stored).loadSessionsOfPerson("p-1", NOW, WEEK_END, 0, 50);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).link().map(MeetingLink::joinToken)).contains(link.joinToken());
        assertThat(read.get(1).link()).isEmpty();
    }

    private MeetingLink withLink(MentoringSession session) {
        MeetingLink link = MeetingLink.pending(session.id(), JoinToken.random(), NOW.minus(Duration.ofDays(30)));
        stored.add(SessionWithLink.of(session, link));
        return link;
    }

    private static List<String> ids(List<SessionWithLink> rows) {
        return rows.stream().map(r -> r.session().id().value()).toList();
    }
}
