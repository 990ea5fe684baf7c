package org.meetlinks.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.PlatformChoice;
import org.meetlinks.domain.ProviderConnection;

/**
 * A run's claim on a session's link: the session, its join token, where its meeting is to be made, the run's
 * deadline, whether an earlier create may already have made the meeting, and the mentor's connections as the claim
 * read them (the grants the run's first call uses).
 */
record Claim(
        MentoringSession session,
        JoinToken joinToken,
        PlatformChoice choice,
        Instant deadline,
        boolean meetingMayExist,
        List<ProviderConnection> connections) {
    Claim {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(joinToken, "joinToken");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(deadline, "deadline");
        connections = List.copyOf(connections);
    }

    /** The connection on {@code platform} as the claim read it. */
    Optional<ProviderConnection> connectionOn(Platform platform) {
        return connections.stream().filter(c -> c.platform() == platform).findFirst();
    }
}
