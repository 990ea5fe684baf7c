package org.meetlinks.application.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.KeepEmailLinksPort;

/** The emailed links in memory, spent like the database spends them (with their siblings). */
final class InMemoryEmailLinks implements KeepEmailLinksPort {
    final Map<String, EmailLink> links = new LinkedHashMap<>();

    @Override
    public void saveEmailLink(EmailLink link) {
        links.put(link.tokenHash(), link);
    }

    @Override
    public Optional<EmailLink> findEmailLink(String tokenHash) {
        return Optional.ofNullable(links.get(tokenHash));
    }

    @Override
    public boolean spendEmailLink(String tokenHash, Instant now) {
        EmailLink link = links.get(tokenHash);
        if (link == null || link.used() || !link.expiresAt().isAfter(now)) {
            return false;
        }
        links.replaceAll((hash, l) -> l.mentorId().equals(link.mentorId())
                        && l.purpose() == link.purpose()
                        && l.subject().equals(link.subject())
                ? new EmailLink(hash, l.purpose(), l.mentorId(), l.subject(), l.expiresAt(), true)
                : l);
        return true;
    }

    /** The token of an emailed URL (its last path segment). */
    static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
