package org.meetlinks.application.service;

import java.time.Clock;
import java.util.Objects;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;

/** What repairing a meeting changed at its provider needs, grouped to keep the services' constructors short. */
public record MeetingRepairsPorts(
        LoadProviderConnectionsPort connections,
        SaveConnectionStatusPort connectionStatus,
        QueueNotificationPort outbox,
        UpdateMeetingPort updates,
        LinkGenerationQueue generation,
        RunTransactionPort transactions,
        LinkSettings links) {
    public MeetingRepairsPorts {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(connectionStatus, "connectionStatus");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(links, "links");
    }

    MeetingRepairs repairs(LinkStore store, Clock clock) {
        return new MeetingRepairs(
                store, connections, connectionStatus, outbox, updates, generation, transactions, links, clock);
    }
}
