package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.FindConnectionByAccountPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;

/** A mentor removes meetlinks from their Zoom account: tokens go, and upcoming Zoom sessions get a new link. */
class AccountDeauthorizationServiceTest {
    private static final String ZOOM_USER = "KDcuGIm1QgePTO8WbOqwIQ";
    private final Harness h = new Harness();
    private final List<MentorId> forgotten = new ArrayList<>();
    private final ProviderConnection zoom = new ProviderConnection(
            Harness.ADA, Platform.ZOOM, "ada@zoom.example.org", ConnectionStatus.CONNECTED, h.clock.instant());
    private final FindConnectionByAccountPort accounts = (platform, accountId) ->
            platform == Platform.ZOOM && accountId.equals(ZOOM_USER) ? Optional.of(zoom) : Optional.empty();
    private final SaveProviderGrantPort grants = new SaveProviderGrantPort() {
        @Override
        public void saveConnection(ConnectedAccount account) {
            throw new AssertionError("nothing is connected here");
        }

        @Override
        public void forgetGrant(MentorId mentorId, Platform platform) {
            forgotten.add(mentorId);
            h.db.reconnect(new ProviderConnection(
                    mentorId, platform, "ada@zoom.example.org", ConnectionStatus.DISCONNECTED, h.clock.instant()));
        }
    };
    private final AccountDeauthorizationService service =
            new AccountDeauthorizationService(accounts, grants, h.db, h.db, h.db, h.clock);

    @Test
    void the_tokens_are_forgotten_and_the_upcoming_zoom_session_is_made_again_on_google_with_the_same_join_url() {
        h.db.connect(zoom);
        h.confirm(confirmation("ev-1", "s-1"));
        JoinToken token = link().joinToken();
        assertThat(link().platform()).contains(Platform.ZOOM);
        h.connectGoogle();

        assertThat(service.accountDeauthorized(Platform.ZOOM, ZOOM_USER)).isEqualTo(1);

        assertThat(forgotten).containsExactly(Harness.ADA);
        assertThat(h.db.loadConnections(Harness.ADA))
                .filteredOn(c -> c.platform() == Platform.ZOOM)
                .extracting(ProviderConnection::status)
                .containsExactly(ConnectionStatus.DISCONNECTED);
        assertThat(link().status()).isEqualTo(LinkStatus.PENDING);
        assertThat(h.sweep.retryDueLinks()).isEqualTo(1);
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link().platform()).contains(Platform.GOOGLE_MEET);
        assertThat(link().joinToken()).isEqualTo(token);
    }

    @Test
    void without_another_account_the_session_waits_for_a_manual_link_with_one_prompt() {
        h.db.connect(zoom);
        h.confirm(confirmation("ev-1", "s-1"));

        service.accountDeauthorized(Platform.ZOOM, ZOOM_USER);
        h.sweep.retryDueLinks();
        h.sweep.retryDueLinks();

        assertThat(link().status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(h.db.notifications())
                .extracting(Notification::kind)
                .filteredOn(k -> k == NotificationKind.ADD_LINK_MANUALLY)
                .hasSize(1);
        assertThat(h.provider.creates).hasSize(1);
    }

    @Test
    void an_unknown_account_changes_nothing() {
        h.db.connect(zoom);
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(service.accountDeauthorized(Platform.ZOOM, "someone-else")).isZero();

        assertThat(forgotten).isEmpty();
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(zoom.status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    private MeetingLink link() {
        return h.db.link(new SessionId("s-1"));
    }
}
