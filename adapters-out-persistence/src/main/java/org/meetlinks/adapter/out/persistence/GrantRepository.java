package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshClaim;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * OAuth grants in provider_connection, tokens encrypted. A refresh is claimed with a short lease in a transaction
 * of its own (committed before the provider is called, so no connection or row lock is held across the HTTP call),
 * and its result is saved compare-and-set on the row's version: one refresh per grant across threads and instances,
 * and the rotated refresh token committed before the new access token is used.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class GrantRepository implements LoadProviderGrantPort, SaveProviderGrantPort, RefreshProviderGrantPort {
    private final EntityManager em;
    private final TokenCipher cipher;
    private final Clock clock;

    @Inject
    GrantRepository(EntityManager em, TokenCipher cipher, Clock clock) {
        this.em = em;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderGrant> loadGrant(MentorId mentorId, Platform platform) {
        return Optional.ofNullable(em.find(ProviderConnectionEntity.class, key(mentorId, platform)))
                .filter(GrantRepository::connected)
                .map(this::toGrant);
    }

    @Override
    public void saveConnection(ConnectedAccount account) {
        ProviderGrant grant = account.grant();
        em.createNativeQuery("""
                        insert into provider_connection (mentor_id, platform, account_email, status, status_reason,
                            access_token_enc, refresh_token_enc, access_expires_at, scopes, account_id,
                            meetings_allowed, updated_at, version, grant_id)
                        values (?1, ?2, ?3, 'CONNECTED', null, ?4, ?5, ?6, ?7, ?9, ?10, ?8, 0, gen_random_uuid())
                        on conflict (mentor_id, platform) do update set account_email = excluded.account_email,
                            status = 'CONNECTED', status_reason = null, access_token_enc = excluded.access_token_enc,
                            refresh_token_enc = excluded.refresh_token_enc,
                            access_expires_at = excluded.access_expires_at, scopes = excluded.scopes,
                            account_id = excluded.account_id, meetings_allowed = excluded.meetings_allowed,
                            refreshing_until = null, updated_at = excluded.updated_at,
                            grant_id = excluded.grant_id, version = provider_connection.version + 1""")
                .setParameter(1, grant.mentorId().value())
                .setParameter(2, grant.platform().name())
                .setParameter(3, grant.accountEmail())
                .setParameter(4, cipher.encrypt(grant.accessToken(), accessSlot(grant.mentorId(), grant.platform())))
                .setParameter(
                        5,
                        grant.refreshToken()
                                .map(t -> cipher.encrypt(t, refreshSlot(grant.mentorId(), grant.platform())))
                                .orElse(new byte[0]))
                .setParameter(6, Timestamps.utc(grant.accessExpiresAt()))
                .setParameter(7, grant.scopes())
                .setParameter(8, Timestamps.utc(clock.instant()))
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
                .setParameter(3, Timestamps.utc(clock.instant()))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RefreshClaim> claimRefresh(MentorId mentorId, Platform platform, Instant now, Duration lease) {
        int claimed = em.createNativeQuery("""
                        update provider_connection set refreshing_until = ?3, version = version + 1
                        where mentor_id = ?1 and platform = ?2 and status = 'CONNECTED' and access_token_enc is not null
                          and (refreshing_until is null or refreshing_until < ?4)""")
                .setParameter(1, mentorId.value())
                .setParameter(2, platform.name())
                .setParameter(3, Timestamps.utc(now.plus(lease)))
                .setParameter(4, Timestamps.utc(now))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        ProviderConnectionEntity row = em.find(ProviderConnectionEntity.class, key(mentorId, platform));
        em.refresh(row);
        return Optional.of(new RefreshClaim(toGrant(row), row.version));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean completeRefresh(RefreshClaim claim, ProviderGrant refreshed, Instant now) {
        return em.createNativeQuery("""
                        update provider_connection set access_token_enc = ?3, refresh_token_enc = ?4,
                            access_expires_at = ?5, scopes = ?6, refreshing_until = null, updated_at = ?7,
                            version = version + 1
                        where mentor_id = ?1 and platform = ?2 and version = ?8""")
                        .setParameter(1, refreshed.mentorId().value())
                        .setParameter(2, refreshed.platform().name())
                        .setParameter(
                                3,
                                cipher.encrypt(
                                        refreshed.accessToken(),
                                        accessSlot(refreshed.mentorId(), refreshed.platform())))
                        .setParameter(
                                4,
                                refreshed
                                        .refreshToken()
                                        .map(t -> cipher.encrypt(
                                                t, refreshSlot(refreshed.mentorId(), refreshed.platform())))
                                        .orElse(new byte[0]))
                        .setParameter(5, Timestamps.utc(refreshed.accessExpiresAt()))
                        .setParameter(6, refreshed.scopes())
                        .setParameter(7, Timestamps.utc(now))
                        .setParameter(8, claim.version())
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseRefresh(RefreshClaim claim) {
        em.createNativeQuery("""
                        update provider_connection set refreshing_until = null, version = version + 1
                        where mentor_id = ?1 and platform = ?2 and version = ?3""")
                .setParameter(1, claim.grant().mentorId().value())
                .setParameter(2, claim.grant().platform().name())
                .setParameter(3, claim.version())
                .executeUpdate();
    }

    private ProviderGrant toGrant(ProviderConnectionEntity row) {
        Optional<String> refresh = Optional.ofNullable(row.refreshTokenEnc)
                .filter(b -> b.length > 0)
                .map(b -> cipher.decrypt(b, TokenSlot.refresh(row.mentorId, row.platform)));
        ProviderGrant grant = new ProviderGrant(
                new MentorId(row.mentorId),
                Platform.valueOf(row.platform),
                row.accountEmail,
                cipher.decrypt(row.accessTokenEnc, TokenSlot.access(row.mentorId, row.platform)),
                row.accessExpiresAt,
                String.valueOf(row.scopes));
        return refresh.map(grant::withRefreshToken).orElse(grant);
    }

    private static TokenSlot accessSlot(MentorId mentorId, Platform platform) {
        return TokenSlot.access(mentorId.value(), platform.name());
    }

    private static TokenSlot refreshSlot(MentorId mentorId, Platform platform) {
        return TokenSlot.refresh(mentorId.value(), platform.name());
    }

    private static boolean connected(ProviderConnectionEntity row) {
        return ConnectionStatus.CONNECTED.name().equals(row.status) && row.accessTokenEnc != null;
    }

    private static ProviderConnectionKey key(MentorId mentorId, Platform platform) {
        return new ProviderConnectionKey(mentorId.value(), platform.name());
    }
}
