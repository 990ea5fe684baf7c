package org.meetlinks.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailLinkRefusedException.Reason;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * Issues and checks the single-purpose links in mentor emails: a token of 256 random bits in the URL, only its
 * SHA-256 stored. A token does one thing for one mentor (reconnect one provider, or add a link to one session),
 * expires after the configured lifetime, and is spent by doing it.
 */
public final class EmailLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_SHAPE = "[A-Za-z0-9_-]{43}";

    private final KeepEmailLinksPort store;
    private final RunTransactionPort transactions;
    private final LinkSettings settings;
    private final Duration lifetime;
    private final Clock clock;

    public EmailLinks(
            KeepEmailLinksPort store,
            RunTransactionPort transactions,
            LinkSettings settings,
            Duration lifetime,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("an email link must live for some time: " + lifetime);
        }
        this.lifetime = lifetime;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new one-click reconnect URL for the mentor and provider. */
    public String reconnectUrl(MentorId mentorId, Platform platform) {
        String token = newToken();
        transactions.runInTransaction(() -> store.saveEmailLink(EmailLink.reconnect(
                hash(token), mentorId, platform, clock.instant().plus(lifetime))));
        return settings.reconnectFromEmailUrl(token);
    }

    /** A new add-a-link URL for the mentor and session. */
    public String addLinkUrl(MentorId mentorId, SessionId sessionId) {
        String token = newToken();
        transactions.runInTransaction(() -> store.saveEmailLink(EmailLink.addLink(
                hash(token), mentorId, sessionId, clock.instant().plus(lifetime))));
        return settings.addLinkFromEmailUrl(token);
    }

    /**
     * The stored link of {@code token} if it can still do {@code purpose}; call inside a transaction.
     *
     * @throws EmailLinkRefusedException when it is unknown (or for another purpose), used or expired
     */
    EmailLink usable(String token, EmailLinkPurpose purpose) {
        if (!token.matches(TOKEN_SHAPE)) {
            throw new EmailLinkRefusedException(Reason.UNKNOWN, "no such link");
        }
        EmailLink link = store.findEmailLink(hash(token))
                .filter(l -> l.purpose() == purpose)
                .orElseThrow(() -> new EmailLinkRefusedException(Reason.UNKNOWN, "no such link"));
        if (link.used()) {
            throw new EmailLinkRefusedException(Reason.USED, "this link was already used");
        }
        if (!link.expiresAt().isAfter(clock.instant())) {
            throw new EmailLinkRefusedException(Reason.EXPIRED, "this link has expired");
        }
        return link;
    }

    /**
     * Spends the link (and its siblings); call inside the transaction of the change it makes.
     *
     * @throws EmailLinkRefusedException when it was used or expired in the meantime: the change must not happen
     */
    void spend(String tokenHash, Instant now) {
        if (!store.spendEmailLink(tokenHash, now)) {
            throw new EmailLinkRefusedException(Reason.USED, "this link was already used");
        }
    }

    /** The stored form of a token: its SHA-256 in hex. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
