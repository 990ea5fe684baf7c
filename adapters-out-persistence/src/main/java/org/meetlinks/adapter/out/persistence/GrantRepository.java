package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * OAuth grants in provider_connection, tokens encrypted. Refreshes run under a row lock (SELECT ... FOR
 * UPDATE) in their own transaction, so one connection is refreshed by one thread of one instance at a time
 * and the rotated refresh token is committed before the new access token is used.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class GrantRepository implements LoadProviderGrantPort, SaveProviderGrantPort, RefreshProviderGrantPort {
    private final EntityManager em;
    private final TokenCipher cipher;
    private final JtaTransactions transactions;

    @Inject
    GrantRepository(EntityManager em, TokenCipher cipher, JtaTransactions transactions) {
        this.em = em;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    @Override
    public Optional<ProviderGrant> loadGrant(MentorId mentorId, Platform platform) {
        return Optional.ofNullable(Reads.fresh(em, em.find(ProviderConnectionEntity.class, key(mentorId, platform))))
                .filter(GrantRepository::connected)
                .map(this::toGrant);
    }

    @Override
    public void saveConnection(ConnectedAccount account) {
        ProviderGrant grant = account.grant();
        em.createNativeQuery("""
                        insert into provider_connection (mentor_id, platform, account_email, status, status_reason,
                            access_token_enc, refresh_token_enc, access_expires_at, scopes, account_id,
                            meetings_allowed, updated_at, version)
                        values (?1, ?2, ?3, 'CONNECTED', null, ?4, ?5, ?6, ?7, ?9, ?10, ?8, 0)
                        on conflict (mentor_id, platform) do update set account_email = excluded.account_email,
                            status = 'CONNECTED', status_reason = null, access_token_enc = excluded.access_token_enc,
                            refresh_token_enc = excluded.refresh_token_enc,
                            access_expires_at = excluded.access_expires_at, scopes = excluded.scopes,
                            account_id = excluded.account_id, meetings_allowed = excluded.meetings_allowed,
                            updated_at = excluded.updated_at, version = provider_connection.version + 1""")
                .setParameter(1, grant.mentorId().value())
                .setParameter(2, grant.platform().name())
                .setParameter(3, grant.accountEmail())
                .setParameter(4, cipher.encrypt(grant.accessToken()))
                .setParameter(5, grant.refreshToken().map(cipher::encrypt).orElse(new byte[0]))
                .setParameter(6, Timestamps.utc(grant.accessExpiresAt()))
                .setParameter(7, grant.scopes())
                .setParameter(8, Timestamps.utc(Instant.now()))
                .setParameter(9, account.accountId())
                .setParameter(10, account.meetingsAllowed())
                .executeUpdate();
    }

    @Override
    public void forgetGrant(MentorId mentorId, Platform platform) {
        em.createNativeQuery("""
                        update provider_connection set status = 'DISCONNECTED', status_reason = null,
                            access_token_enc = null, refresh_token_enc = null, access_expires_at = null, account_id = null,
                            updated_at = ?3, version = version + 1
                        where mentor_id = ?1 and platform = ?2""")
                .setParameter(1, mentorId.value())
                .setParameter(2, platform.name())
                .setParameter(3, Timestamps.utc(Instant.now()))
                .executeUpdate();
    }

    @Override
    public Optional<ProviderGrant> refreshUnderLock(MentorId mentorId, Platform platform,
                                                    UnaryOperator<ProviderGrant> refresher) {
        return transactions.inTransaction(() -> {
            ProviderConnectionEntity row = em.find(ProviderConnectionEntity.class, key(mentorId, platform),
                    LockModeType.PESSIMISTIC_WRITE);
            if (row == null || !connected(row)) {
                return Optional.empty();
            }
            ProviderGrant current = toGrant(row);
            ProviderGrant refreshed = refresher.apply(current);
            if (!refreshed.equals(current)) {
                row.accessTokenEnc = cipher.encrypt(refreshed.accessToken());
                row.refreshTokenEnc = refreshed.refreshToken().map(cipher::encrypt).orElse(new byte[0]);
                row.accessExpiresAt = refreshed.accessExpiresAt();
                row.scopes = refreshed.scopes();
                row.updatedAt = Instant.now();
                Flush.now(em, "the " + platform + " grant of " + mentorId);
            }
            return Optional.of(refreshed);
        });
    }

    private ProviderGrant toGrant(ProviderConnectionEntity row) {
        Optional<String> refresh = Optional.ofNullable(row.refreshTokenEnc).filter(b -> b.length > 0)
                .map(cipher::decrypt);
        return new ProviderGrant(new MentorId(row.mentorId), Platform.valueOf(row.platform), row.accountEmail,
                cipher.decrypt(row.accessTokenEnc), refresh, row.accessExpiresAt, String.valueOf(row.scopes));
    }

    private static boolean connected(ProviderConnectionEntity row) {
        return ConnectionStatus.CONNECTED.name().equals(row.status) && row.accessTokenEnc != null;
    }

    private static ProviderConnectionKey key(MentorId mentorId, Platform platform) {
        return new ProviderConnectionKey(mentorId.value(), platform.name());
    }
}
