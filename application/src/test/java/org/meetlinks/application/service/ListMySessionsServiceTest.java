package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.ListMySessionsQuery;
import org.meetlinks.application.port.in.MySessionView;
import org.meetlinks.application.port.in.MySessionsPage;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.FailureResponse;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorAction;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

class ListMySessionsServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Viewer ADA = new Viewer("m-1", Set.of("mentor"));
    private static final Viewer BO = new Viewer("e-9", Set.of("mentee"));

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySessionsOfPerson db = new InMemorySessionsOfPerson();
    private final LinkSettings settings = new LinkSettings(URI.create("https://links.example.org"));
    private final ListMySessionsService service = new ListMySessionsService(db, settings, clock);

    @Test
    void the_mentor_sees_the_mentee_as_counterpart_with_join_url_real_url_and_ready_status() {
        MentoringSession s = session("s-1", "m-1", "e-9", NOW.plus(Duration.ofDays(2)));
        MeetingLink link = pending(s);
        link.activate(MeetingUrl.of(Platform.ZOOM, "https://us05web.zoom.us/j/12345678901?pwd=abc"), "m-1", "123", NOW);
        db.add(s, link);

        MySessionView view = only(service.listMySessions(ListMySessionsQuery.upcoming(ADA)));

        assertThat(view.sessionId()).isEqualTo("s-1");
        assertThat(view.role()).isEqualTo(SessionRole.MENTOR);
        assertThat(view.counterpartName()).isEqualTo("Bo Chen");
        assertThat(view.joinUrl())
                .contains("https://links.example.org/join/" + link.joinToken().value());
        assertThat(view.url()).contains("https://us05web.zoom.us/j/12345678901?pwd=abc");
        assertThat(view.platform()).contains(Platform.ZOOM);
        assertThat(view.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(view.statusText()).isEqualTo("Ready");
        assertThat(view.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(view.topic()).isEqualTo("Career chat");
    }

    @Test
    void the_mentor_is_told_why_a_link_is_missing_but_the_mentee_is_not() {
        MentoringSession s = session("s-2", "m-1", "e-9", NOW.plus(Duration.ofDays(1)));
        MeetingLink link = pending(s);
        link.recordFailure(
                FailureKind.PERMANENT,
                "Zoom refused: the connection needs reconnecting",
                false,
                FailureResponse.noRetry(MentorAction.ADD_LINK),
                NOW);
        db.add(s, link);

        MySessionView forMentor = only(service.listMySessions(ListMySessionsQuery.upcoming(ADA)));
        MySessionView forMentee = only(service.listMySessions(ListMySessionsQuery.upcoming(BO)));

        assertThat(forMentor.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(forMentor.failureReason()).contains("Zoom refused: the connection needs reconnecting");
        assertThat(forMentor.statusText()).isEqualTo("Waiting for your manual link");
        assertThat(forMentor.url()).isEmpty();
        assertThat(forMentee.role()).isEqualTo(SessionRole.MENTEE);
        assertThat(forMentee.counterpartName()).isEqualTo("Ada Lovelace");
        assertThat(forMentee.failureReason()).isEmpty();
        assertThat(forMentee.statusText()).isEqualTo("Waiting for the mentor's manual link");
        assertThat(forMentee.joinUrl()).isPresent();
    }

    @Test
    void a_pending_link_reads_as_being_created() {
        MentoringSession s = session("s-3", "m-1", "e-9", NOW.plus(Duration.ofHours(5)));
        db.add(s, pending(s));

        MySessionView view = only(service.listMySessions(ListMySessionsQuery.upcoming(BO)));

        assertThat(view.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(view.statusText()).isEqualTo("Meeting link is being created");
        assertThat(view.url()).isEmpty();
        assertThat(view.platform()).isEmpty();
    }

    @Test
    void a_cancelled_session_shows_cancelled_without_its_old_meeting_url() {
        MentoringSession s = session("s-4", "m-1", "e-9", NOW.plus(Duration.ofDays(3)));
        MeetingLink link = pending(s);
        link.activate(MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/abc-defg-hij"), "m-1", "ev1", NOW);
        s.cancel();
        db.add(s, link);

        MySessionView view = only(service.listMySessions(ListMySessionsQuery.upcoming(ADA)));

        assertThat(view.status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(view.statusText()).isEqualTo("Cancelled");
        assertThat(view.url()).isEmpty();
        assertThat(view.platform()).isEmpty();
    }

    @Test
    void a_session_without_a_link_row_still_shows_as_being_created() {
        db.addWithoutLink(session("s-5", "m-1", "e-9", NOW.plus(Duration.ofDays(1))));

        MySessionView view = only(service.listMySessions(ListMySessionsQuery.upcoming(ADA)));

        assertThat(view.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(view.joinUrl()).isEmpty();
    }

    @Test
    void only_the_callers_own_sessions_are_listed_even_for_an_admin() {
        MentoringSession mine = session("s-6", "m-1", "e-9", NOW.plus(Duration.ofDays(1)));
        MentoringSession other = session("s-7", "m-2", "e-8", NOW.plus(Duration.ofDays(1)));
        db.add(mine, pending(mine));
        db.add(other, pending(other));
        Viewer admin = new Viewer("m-1", Set.of("mentor", "admin"));

        MySessionsPage page = service.listMySessions(ListMySessionsQuery.upcoming(admin));

        assertThat(page.sessions()).extracting(MySessionView::sessionId).containsExactly("s-6");
        assertThat(db.lastPersonId).isEqualTo("m-1");
    }

    @Test
    void the_default_window_is_now_to_ninety_days_ahead_and_includes_a_session_in_progress() {
        MentoringSession running = session("s-8", "m-1", "e-9", NOW.minus(Duration.ofMinutes(20)));
        MentoringSession soon = session("s-9", "m-1", "e-9", NOW.plus(Duration.ofDays(89)));
        MentoringSession tooLate = session("s-10", "m-1", "e-9", NOW.plus(Duration.ofDays(91)));
        MentoringSession past = session("s-11", "m-1", "e-9", NOW.minus(Duration.ofDays(1)));
        for (MentoringSession s : new MentoringSession[] {tooLate, soon, past, running}) {
            db.add(s, pending(s));
        }

        MySessionsPage page = service.listMySessions(ListMySessionsQuery.upcoming(ADA));

        assertThat(page.sessions()).extracting(MySessionView::sessionId).containsExactly("s-8", "s-9");
        assertThat(page.from()).isEqualTo(NOW);
        assertThat(page.to()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void pages_are_ordered_by_start_and_say_when_more_follow() {
        for (int i = 0; i < 5; i++) {
            MentoringSession s = session("s-p" + i, "m-1", "e-9", NOW.plus(Duration.ofDays(5 - i)));
            db.add(s, pending(s));
        }

        MySessionsPage first = service.listMySessions(query(ADA, 0, 2));
        MySessionsPage last = service.listMySessions(query(ADA, 2, 2));

        assertThat(first.sessions()).extracting(MySessionView::sessionId).containsExactly("s-p4", "s-p3");
        assertThat(first.hasMore()).isTrue();
        assertThat(db.lastOffset).isEqualTo(4);
        assertThat(last.sessions()).extracting(MySessionView::sessionId).containsExactly("s-p0");
        assertThat(last.hasMore()).isFalse();
        assertThat(last.page()).isEqualTo(2);
    }

    @Test
    void an_explicit_window_is_passed_to_the_store_as_given() {
        Instant from = Instant.parse("2027-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-02-01T00:00:00Z");

        service.listMySessions(ListMySessionsQuery.of(ADA, 0, 20).from(from).to(to));

        assertThat(db.lastFrom).isEqualTo(from);
        assertThat(db.lastTo).isEqualTo(to);
        assertThat(db.lastLimit).isEqualTo(21);
    }

    @Test
    void a_given_from_without_to_searches_ninety_days_from_there() {
        Instant from = Instant.parse("2027-01-01T00:00:00Z");

        MySessionsPage page =
                service.listMySessions(ListMySessionsQuery.of(ADA, 0, 20).from(from));

        assertThat(page.to()).isEqualTo(from.plus(Duration.ofDays(90)));
    }

    @Test
    void a_to_in_the_past_without_from_is_rejected_naming_to() {
        ListMySessionsQuery query = ListMySessionsQuery.of(ADA, 0, 20).to(NOW.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> service.listMySessions(query))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("to"));
    }

    private static ListMySessionsQuery query(Viewer viewer, int page, int size) {
        return ListMySessionsQuery.of(viewer, page, size);
    }

    private static MySessionView only(MySessionsPage page) {
        assertThat(page.sessions()).hasSize(1);
        return page.sessions().get(0);
    }

    private static MeetingLink pending(MentoringSession s) {
        return MeetingLink.pending(s.id(), JoinToken.random(), NOW.minus(Duration.ofDays(7)));
    }

    private static MentoringSession session(String id, String mentorId, String menteeId, Instant start) {
        return MentoringSession.confirmed(
                new SessionId(id),
                new Mentor(
                        new MentorId(mentorId), "Ada Lovelace", mentorId + "@example.org", ZoneId.of("Europe/Berlin")),
                new Mentee(menteeId, "Bo Chen", menteeId + "@example.org"),
                "Career chat",
                start,
                start.plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Berlin"),
                ChangeOrder.unstated());
    }
}
