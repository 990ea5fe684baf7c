package org.meetlinks.application.port.in;

import java.util.List;
import org.meetlinks.domain.Platform;

/** Lists and disconnects a mentor's provider connections. */
public interface ManageConnectionsUseCase {
    /** One entry per provider, NOT_CONNECTED included. */
    List<ConnectionView> connections(Viewer mentor);

    /** Revokes the grant at the provider (best effort) and forgets the tokens. */
    void disconnect(Viewer mentor, Platform platform);
}
