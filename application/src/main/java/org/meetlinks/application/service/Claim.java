package org.meetlinks.application.service;

import java.time.Instant;
import java.util.Objects;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.PlatformChoice;

/**
 * A run's claim on a session's link: the session, its join token, where its meeting is to be made, the run's
 * deadline, and whether an earlier create may already have made the meeting.
 */
record Claim(MentoringSession session, JoinToken joinToken, PlatformChoice choice, Instant deadline,
             boolean meetingMayExist) {
    Claim {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(joinToken, "joinToken");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(deadline, "deadline");
    }
}
