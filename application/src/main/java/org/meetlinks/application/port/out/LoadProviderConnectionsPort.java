package org.meetlinks.application.port.out;

import java.util.List;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.ProviderConnection;

/** Reads the provider accounts a mentor connected. */
public interface LoadProviderConnectionsPort {
    List<ProviderConnection> loadConnections(MentorId mentorId);
}
