package org.meetlinks.adapter.out.providers.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

class ZoomSessionMarkerTest {
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");

    private static MeetingRequest request(String sessionId, String mentee, String joinUrl) {
        return new MeetingRequest(
                Platform.ZOOM,
                new MentorId("m-1"),
                new SessionId(sessionId),
                "Career chat",
                mentee,
                joinUrl,
                START,
                START.plusSeconds(3600),
                ZoneId.of("Europe/Berlin"),
                START,
                false);
    }

    @Test
    void the_agenda_names_the_mentee_and_carries_the_join_link_and_a_readable_marker() {
        String agenda = ZoomSessionMarker.agenda(request("s-123", "Bo Chen", "https://links.example.org/join/t"));
        assertThat(agenda.lines())
                .containsExactly(
                        "Mentoring session with Bo Chen",
                        "Session reference: meetlinks-session:s-123",
                        "Join link: https://links.example.org/join/t");
        assertThat(ZoomSessionMarker.sessionsIn(agenda)).containsExactly("s-123");
    }

    @Test
    void the_marker_of_the_longest_id_and_name_stays_inside_what_list_meetings_shows() {
        String id = "s" + "x".repeat(127);
        String agenda = ZoomSessionMarker.agenda(request(id, "N".repeat(200), "https://links.example.org/join/t"));
        assertThat(ZoomSessionMarker.sessionsIn(agenda.substring(0, 250))).containsExactly(id);
    }

    @Test
    void an_agenda_never_exceeds_zooms_limit() {
        String agenda = ZoomSessionMarker.agenda(request("s-1", "Bo", "https://links.example.org/" + "p".repeat(2000)));
        assertThat(agenda.length()).isLessThanOrEqualTo(2000);
        assertThat(ZoomSessionMarker.sessionsIn(agenda)).containsExactly("s-1");
    }
}
