package org.meetlinks.application.service;

import java.util.List;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.in.ManageConnectionsUseCase;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Lists a mentor's Google and Zoom connections and disconnects one: revoked at the provider, forgotten here. */
public final class ManageConnectionsService implements ManageConnectionsUseCase {
    private final GrantRevocation revocation;
    private final LoadProviderGrantPort grants;
    private final SaveProviderGrantPort saveGrants;
    private final LoadProviderConnectionsPort connections;
    private final RunTransactionPort transactions;

    public ManageConnectionsService(
            AuthorizeProviderPort oauth,
            LoadProviderGrantPort grants,
            SaveProviderGrantPort saveGrants,
            LoadProviderConnectionsPort connections,
            RunTransactionPort transactions) {
        this.revocation = new GrantRevocation(oauth);
        this.grants = grants;
        this.saveGrants = saveGrants;
        this.connections = connections;
        this.transactions = transactions;
    }

    @Override
    public List<ConnectionView> connections(Viewer mentor) {
        return ConnectionViews.of(connections.loadConnections(Mentors.require(mentor)));
    }

    @Override
    public void disconnect(Viewer mentor, Platform platform) {
        MentorId mentorId = Mentors.require(mentor);
        ProviderConnectionService.requireProvider(platform);
        grants.loadGrant(mentorId, platform).ifPresent(revocation::revoke);
        transactions.runInTransaction(() -> saveGrants.forgetGrant(mentorId, platform));
    }
}
