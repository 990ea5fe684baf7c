package org.meetlinks.application.port.in;

/** What erasing a mentor did: grants revoked at the providers (or that failed to), and rows changed or deleted. */
public record MentorErasure(int grantsRevoked, int revocationsFailed, int sessionsAnonymised, int rowsDeleted) {
    /** True when there was nothing of the mentor left to erase. */
    public boolean nothingLeft() {
        return grantsRevoked == 0 && revocationsFailed == 0 && sessionsAnonymised == 0 && rowsDeleted == 0;
    }
}
