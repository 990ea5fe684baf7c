package org.meetlinks.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long personal data is kept: join links answer 410 once {@code joinLinkLifetime} has passed since the session
 * ended, and the retention pass deletes sessions (with their link and mails), outbox rows and booking-event records
 * older than {@code retention}.
 */
public record DataLifecycle(Duration joinLinkLifetime, Duration retention) {
    public DataLifecycle {
        Objects.requireNonNull(joinLinkLifetime, "joinLinkLifetime");
        Objects.requireNonNull(retention, "retention");
        if (joinLinkLifetime.isNegative() || retention.compareTo(joinLinkLifetime) < 0) {
            throw new IllegalArgumentException("retention (" + retention.toDays() + " days) must be at least the join "
                    + "link lifetime (" + joinLinkLifetime.toDays() + " days), which must not be negative");
        }
    }

    /** 30 days of join links after a session, a year of records. */
    public static DataLifecycle defaults() {
        return new DataLifecycle(Duration.ofDays(30), Duration.ofDays(365));
    }
}
