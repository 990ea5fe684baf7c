package org.meetlinks.adapter.out.providers.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshClaim;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Grant store for tests with the refresh protocol of the persistence adapter: a claim with a lease per grant,
 * compare-and-set on the stored version.
 */
public final class InMemoryGrants implements LoadProviderGrantPort, SaveProviderGrantPort, RefreshProviderGrantPort {
    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    /** One stored grant, its version and its refresh claim's end. */
    private record Row(ProviderGrant grant, long version, Instant claimedUntil) {}

    @Override
    public Optional<ProviderGrant> loadGrant(MentorId mentorId, Platform platform) {
        return Optional.ofNullable(rows.get(key(mentorId, platform))).map(Row::grant);
    }

    @Override
    public void saveConnection(ConnectedAccount account) {
        saveGrant(account.grant());
    }

    /** Stores a grant as if its account had just been connected. */
    public void saveGrant(ProviderGrant grant) {
        rows.merge(
                key(grant.mentorId(), grant.platform()),
                new Row(grant, 0, Instant.EPOCH),
                (old, fresh) -> new Row(grant, old.version() + 1, Instant.EPOCH));
    }

    @Override
    public void forgetGrant(MentorId mentorId, Platform platform) {
        rows.remove(key(mentorId, platform));
    }

    @Override
    public synchronized Optional<RefreshClaim> claimRefresh(
            MentorId mentorId, Platform platform, Instant now, Duration lease) {
        Row row = rows.get(key(mentorId, platform));
        if (row == null || row.claimedUntil().isAfter(now)) {
            return Optional.empty();
        }
        Row claimed = new Row(row.grant(), row.version() + 1, now.plus(lease));
        rows.put(key(mentorId, platform), claimed);
        return Optional.of(new RefreshClaim(claimed.grant(), claimed.version()));
    }

    @Override
    public synchronized boolean completeRefresh(RefreshClaim claim, ProviderGrant refreshed, Instant now) {
        String key = key(claim.grant().mentorId(), claim.grant().platform());
        Row row = rows.get(key);
        if (row == null || row.version() != claim.version()) {
            return false;
        }
        rows.put(key, new Row(refreshed, row.version() + 1, Instant.EPOCH));
        return true;
    }

    @Override
    public synchronized void releaseRefresh(RefreshClaim claim) {
        String key = key(claim.grant().mentorId(), claim.grant().platform());
        Row row = rows.get(key);
        if (row != null && row.version() == claim.version()) {
            rows.put(key, new Row(row.grant(), row.version() + 1, Instant.EPOCH));
        }
    }

    public ProviderGrant get(MentorId mentorId, Platform platform) {
        return loadGrant(mentorId, platform).orElseThrow();
    }

    private static String key(MentorId mentorId, Platform platform) {
        return mentorId.value() + "/" + platform;
    }
}
