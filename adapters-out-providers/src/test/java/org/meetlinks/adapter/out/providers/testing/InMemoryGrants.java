package org.meetlinks.adapter.out.providers.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Grant store for tests: a map plus one real lock, like the row lock the persistence adapter takes. */
public final class InMemoryGrants implements LoadProviderGrantPort, SaveProviderGrantPort, RefreshProviderGrantPort {
    private final Map<String, ProviderGrant> grants = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public Optional<ProviderGrant> loadGrant(MentorId mentorId, Platform platform) {
        return Optional.ofNullable(grants.get(key(mentorId, platform)));
    }

    @Override
    public void saveConnection(ConnectedAccount account) {
        saveGrant(account.grant());
    }

    /** Stores a grant as if its account had just been connected. */
    public void saveGrant(ProviderGrant grant) {
        grants.put(key(grant.mentorId(), grant.platform()), grant);
    }

    @Override
    public void forgetGrant(MentorId mentorId, Platform platform) {
        grants.remove(key(mentorId, platform));
    }

    @Override
    public Optional<ProviderGrant> refreshUnderLock(MentorId mentorId, Platform platform,
                                                    UnaryOperator<ProviderGrant> refresher) {
        lock.lock();
        try {
            ProviderGrant latest = grants.get(key(mentorId, platform));
            if (latest == null) {
                return Optional.empty();
            }
            ProviderGrant next = refresher.apply(latest);
            grants.put(key(mentorId, platform), next);
            return Optional.of(next);
        } finally {
            lock.unlock();
        }
    }

    public ProviderGrant get(MentorId mentorId, Platform platform) {
        return loadGrant(mentorId, platform).orElseThrow();
    }

    private static String key(MentorId mentorId, Platform platform) {
        return mentorId.value() + "/" + platform;
    }
}
