package org.meetlinks.application.port.out;

import java.util.Optional;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/** Finds the connection of a provider account by the provider's id of it (e.g. a Zoom user id). */
public interface FindConnectionByAccountPort {
    Optional<ProviderConnection> findConnectionByAccount(Platform platform, String accountId);
}
