package org.meetlinks.domain;

/** Outcome of the platform-choice policy: where to create the meeting, or why we cannot. */
public sealed interface PlatformChoice {

    /** Create the meeting with the mentor's own connected account. */
    record MentorAccount(Platform platform) implements PlatformChoice {
    }

    /** Create the meeting with the platform's system account (no mentor account needed). */
    record SystemAccount(Platform platform) implements PlatformChoice {
    }

    /** Nothing can create a meeting: the session waits for the mentor's manual link. */
    record ManualLinkNeeded(String reason) implements PlatformChoice {
    }
}
