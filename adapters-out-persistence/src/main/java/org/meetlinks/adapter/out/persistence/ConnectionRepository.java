package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.FindConnectionByAccountPort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/**
 * Reads mentors' provider connections (also by the provider's account id) and stores their status changes (a dead
 * grant loses its tokens).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class ConnectionRepository
        implements LoadProviderConnectionsPort, SaveConnectionStatusPort, FindConnectionByAccountPort {
    private final EntityManager em;

    @Inject
    ConnectionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ProviderConnection> loadConnections(MentorId mentorId) {
        return em.createQuery(
                        "select c from ProviderConnectionEntity c where c.mentorId = :m order by c.platform",
                        ProviderConnectionEntity.class)
                .setParameter("m", mentorId.value())
                .getResultStream()
                .map(ConnectionRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<ProviderConnection> findConnectionByAccount(Platform platform, String accountId) {
        return em.createQuery(
                        "select c from ProviderConnectionEntity c where c.platform = :p and c.accountId = :a",
                        ProviderConnectionEntity.class)
                .setParameter("p", platform.name())
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst()
                .map(ConnectionRepository::toDomain);
    }

    @Override
    public void saveConnectionStatus(ProviderConnection connection) {
        ProviderConnectionEntity row = em.find(
                ProviderConnectionEntity.class,
                new ProviderConnectionKey(
                        connection.mentorId().value(), connection.platform().name()));
        if (row == null) {
            throw new ConcurrentUpdateException("the " + connection.platform() + " connection is gone");
        }
        row.status = connection.status().name();
        row.statusReason = connection.statusReason().orElse(null);
        if (connection.status() != ConnectionStatus.CONNECTED) {
            // A dead grant's tokens are deleted, not only flagged: a reconnect brings new ones.
            row.accessTokenEnc = null;
            row.refreshTokenEnc = null;
            row.accessExpiresAt = null;
        }
        row.meetingsAllowed = connection.meetingsAllowed();
        row.updatedAt = connection.updatedAt();
        Flush.now(em, "the " + connection.platform() + " connection of " + connection.mentorId());
    }

    static ProviderConnection toDomain(ProviderConnectionEntity e) {
        ProviderConnection connection = new ProviderConnection(
                        new MentorId(e.mentorId),
                        Platform.valueOf(e.platform),
                        e.accountEmail,
                        ConnectionStatus.valueOf(e.status),
                        e.meetingsAllowed,
                        e.updatedAt)
                .holdingGrant(e.grantId.toString());
        return e.statusReason == null ? connection : connection.withStatusReason(e.statusReason);
    }
}
