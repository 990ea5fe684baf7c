package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;

/** Google refuses a Meet conference because the Workspace admin turned Meet off: the session goes elsewhere. */
class MeetingsTurnedOffTest {
    private final Harness h = new Harness();

    @Test
    void the_session_gets_its_meeting_from_zoom_and_the_mentor_is_told_once() {
        ProviderConnection google = h.connectGoogle();
        h.db.connect(new ProviderConnection(
                Harness.ADA, Platform.ZOOM, "ada@zoom.example.org", ConnectionStatus.CONNECTED, h.clock.instant()));
        h.provider.failNext(Kind.MEETINGS_TURNED_OFF);

        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-2"));

        assertThat(h.provider.creates)
                .extracting(MeetingRequest::platform)
                .containsExactly(Platform.GOOGLE_MEET, Platform.ZOOM, Platform.ZOOM);
        assertThat(h.db.link(new SessionId("s-1")).status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(google.meetingsAllowed()).isFalse();
        assertThat(google.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(kinds())
                .filteredOn(k -> k == NotificationKind.MEETINGS_TURNED_OFF)
                .hasSize(1);
        assertThat(kinds()).doesNotContain(NotificationKind.ADD_LINK_MANUALLY);
    }

    @Test
    void without_another_account_the_session_waits_for_a_manual_link_saying_why() {
        ProviderConnection google = h.connectGoogle();
        h.provider.failNext(Kind.MEETINGS_TURNED_OFF);

        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-2"));

        assertThat(h.provider.createCount()).as("Google is not asked again").isEqualTo(1);
        assertThat(google.isUsable()).isFalse();
        assertThat(h.db.link(new SessionId("s-2")).status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(h.db.link(new SessionId("s-1")).generation().lastFailure())
                .contains(FailureKind.MEETINGS_TURNED_OFF);
        assertThat(h.db.link(new SessionId("s-2")).generation().failureReason().orElseThrow())
                .contains("turned off");
        List<NotificationKind> kinds = kinds();
        assertThat(kinds)
                .filteredOn(k -> k == NotificationKind.MEETINGS_TURNED_OFF)
                .hasSize(1);
        assertThat(kinds)
                .filteredOn(k -> k == NotificationKind.ADD_LINK_MANUALLY)
                .hasSize(2);
    }

    private List<NotificationKind> kinds() {
        return h.db.notifications().stream().map(Notification::kind).toList();
    }
}
