package org.meetlinks.application.port.out;

import org.meetlinks.domain.ProviderConnection;

/** Stores a change of a connection's status (for example: needs reconnect). */
public interface SaveConnectionStatusPort {
    void saveConnectionStatus(ProviderConnection connection);
}
