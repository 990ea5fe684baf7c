package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * A single-purpose link a mentor got by email, as stored: only the SHA-256 of its token is kept, so the table gives
 * nobody a working link.
 *
 * @param tokenHash the token's SHA-256 in hex
 * @param subject what it acts on: the platform's name ({@link EmailLinkPurpose#RECONNECT}) or the session id
 *                ({@link EmailLinkPurpose#ADD_LINK})
 * @param used true once it did its one thing (or a sibling for the same mentor, purpose and subject did)
 */
public record EmailLink(
        String tokenHash,
        EmailLinkPurpose purpose,
        MentorId mentorId,
        String subject,
        Instant expiresAt,
        boolean used) {
    public EmailLink {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new, unused link for the mentor to reconnect {@code platform}. */
    public static EmailLink reconnect(String tokenHash, MentorId mentorId, Platform platform, Instant expiresAt) {
        return new EmailLink(tokenHash, EmailLinkPurpose.RECONNECT, mentorId, platform.name(), expiresAt, false);
    }

    /** A new, unused link for the mentor to add a link to one session. */
    public static EmailLink addLink(String tokenHash, MentorId mentorId, SessionId sessionId, Instant expiresAt) {
        return new EmailLink(tokenHash, EmailLinkPurpose.ADD_LINK, mentorId, sessionId.value(), expiresAt, false);
    }

    /** The provider a reconnect link is for. */
    public Platform platform() {
        if (purpose != EmailLinkPurpose.RECONNECT) {
            throw new IllegalStateException("only a reconnect link names a platform");
        }
        return Platform.valueOf(subject);
    }

    /** The session an add-a-link link is for. */
    public SessionId sessionId() {
        if (purpose != EmailLinkPurpose.ADD_LINK) {
            throw new IllegalStateException("only an add-a-link link names a session");
        }
        return new SessionId(subject);
    }

    @Override
    public String toString() {
        return "EmailLink[" + purpose + ", " + mentorId + ", " + subject + ", expires " + expiresAt
                + (used ? ", used" : "") + "]";
    }
}
