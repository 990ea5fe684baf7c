package org.meetlinks.application.port.in;

import java.time.Instant;

/** Where a join URL leads right now. */
public sealed interface JoinDestination {

    /** The real meeting exists: send the person there. */
    record Meeting(String url) implements JoinDestination {}

    /** The meeting is still being made or waits for the mentor's link. */
    record NotReady(String topic, Instant startsAt, boolean waitingForMentor) implements JoinDestination {}

    /** The session was cancelled. */
    record Cancelled(String topic) implements JoinDestination {}

    /** The session ended longer ago than join links live. */
    record Expired(String topic, Instant endedAt) implements JoinDestination {}
}
