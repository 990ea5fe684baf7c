package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Stores the single-purpose links mentors get by email (hashed), and spends them once. */
public interface KeepEmailLinksPort {
    void saveEmailLink(EmailLink link);

    /** The link whose token hashes to {@code tokenHash}, used or not, expired or not. */
    Optional<EmailLink> findEmailLink(String tokenHash);

    /**
     * Spends the link if it is still unused and not expired at {@code now}; its siblings (same mentor, purpose and
     * subject, e.g. a resent email's) are spent with it.
     *
     * @return false when it was already used or expired: nothing changed
     */
    boolean spendEmailLink(String tokenHash, Instant now);
}
