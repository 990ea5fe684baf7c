package org.meetlinks.application.service;

import java.util.ArrayList;
import java.util.List;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/** How the mentor page shows connections: one per provider, connected or not, and why one cannot make meetings. */
final class ConnectionViews {
    private ConnectionViews() {}

    /** A view for each provider, from the mentor's stored connections. */
    static List<ConnectionView> of(List<ProviderConnection> known) {
        List<ConnectionView> views = new ArrayList<>();
        for (Platform platform : List.of(Platform.GOOGLE_MEET, Platform.ZOOM)) {
            views.add(known.stream()
                    .filter(c -> c.platform() == platform)
                    .findFirst()
                    .map(ConnectionViews::stored)
                    .orElse(ConnectionView.notConnected(platform)));
        }
        return views;
    }

    /** The account a connect just stored. */
    static ConnectionView justConnected(Platform platform, ConnectedAccount account) {
        ConnectionView view =
                ConnectionView.of(platform, "CONNECTED", account.grant().accountEmail(), account.meetingsAllowed());
        return view.meetingsAllowed() ? view : meetingsTurnedOff(view);
    }

    private static ConnectionView stored(ProviderConnection c) {
        ConnectionView view = ConnectionView.of(c.platform(), c.status().name(), c.accountEmail(), c.meetingsAllowed());
        return view.meetingsAllowed() ? c.statusReason().map(view::withReason).orElse(view) : meetingsTurnedOff(view);
    }

    private static ConnectionView meetingsTurnedOff(ConnectionView view) {
        return view.withReason(ConnectionTexts.meetingsTurnedOff(view.platform()));
    }
}
