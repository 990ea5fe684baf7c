package org.meetlinks.domain;

import java.util.Objects;

/** Outcome of the platform-choice policy: where to create the meeting, or why we cannot. */
public sealed interface PlatformChoice {

    /** Create the meeting with the mentor's own connected account. */
    record MentorAccount(Platform platform) implements PlatformChoice {
        public MentorAccount {
            if (!Objects.requireNonNull(platform, "platform").isProvider()) {
                throw new DomainException("platform", "meetings are made on GOOGLE_MEET or ZOOM accounts");
            }
        }
    }

    /**
     * No account can create a meeting: the session waits for the mentor ({@code kind} is NO_ACCOUNT when nothing is
     * connected, AUTH when a connected account must be reconnected).
     */
    record ManualLinkNeeded(FailureKind kind, String reason) implements PlatformChoice {
        public ManualLinkNeeded {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
