package org.meetlinks.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/** How the mentor page shows connections: one per provider, connected or not, and why one cannot make meetings. */
final class ConnectionViews {
    private ConnectionViews() {
    }

    /** A view for each provider, from the mentor's stored connections. */
    static List<ConnectionView> of(List<ProviderConnection> known) {
        List<ConnectionView> views = new ArrayList<>();
        for (Platform platform : List.of(Platform.GOOGLE_MEET, Platform.ZOOM)) {
            views.add(known.stream().filter(c -> c.platform() == platform).findFirst()
                    .map(c -> new ConnectionView(platform, c.status().name(), Optional.of(c.accountEmail()),
                            reason(platform, c.meetingsAllowed(), c.statusReason()), c.meetingsAllowed()))
                    .orElse(new ConnectionView(platform, ConnectionView.NOT_CONNECTED, Optional.empty(),
                            Optional.empty(), true)));
        }
        return views;
    }

    /** The account a connect just stored. */
    static ConnectionView justConnected(Platform platform, ConnectedAccount account) {
        return new ConnectionView(platform, "CONNECTED", Optional.of(account.grant().accountEmail()),
                reason(platform, account.meetingsAllowed(), Optional.empty()), account.meetingsAllowed());
    }

    private static Optional<String> reason(Platform platform, boolean meetingsAllowed, Optional<String> statusReason) {
        return meetingsAllowed ? statusReason : Optional.of(ConnectionTexts.meetingsTurnedOff(platform));
    }
}
