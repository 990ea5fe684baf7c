package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.ADA;
import static org.meetlinks.application.service.Harness.confirmation;

import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

class GrantIdentityTest {
    private final Harness h = new Harness();

    private ProviderConnection google(String grantId) {
        return new ProviderConnection(
                        ADA, Platform.GOOGLE_MEET, "ada@example.org", ConnectionStatus.CONNECTED, h.clock.instant())
                .holdingGrant(grantId);
    }

    @Test
    void a_refusal_of_a_grant_that_a_reconnect_replaced_during_the_call_leaves_the_new_grant_connected() {
        h.db.connect(google("grant-1"));
        ProviderConnection reconnected = google("grant-2");
        h.provider.whenCalled(() -> {
            h.provider.whenCalled(() -> {});
            h.db.reconnect(reconnected);
        });
        h.provider.failNext(MeetingProviderException.Kind.AUTH);

        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(reconnected.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(h.db.notifications()).noneMatch(n -> n.kind() == NotificationKind.RECONNECT_PROVIDER);
    }

    @Test
    void a_refusal_of_the_grant_the_connection_still_holds_asks_for_a_reconnect() {
        ProviderConnection connection = google("grant-1");
        h.db.connect(connection);
        h.provider.failNext(MeetingProviderException.Kind.AUTH);

        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(connection.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(h.db.notifications()).anyMatch(n -> n.kind() == NotificationKind.RECONNECT_PROVIDER);
    }
}
