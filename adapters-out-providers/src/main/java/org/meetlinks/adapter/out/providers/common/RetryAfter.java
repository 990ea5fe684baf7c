package org.meetlinks.adapter.out.providers.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Reads a Retry-After header: delay seconds, an HTTP date, or (Zoom) an ISO timestamp. */
public final class RetryAfter {
    private RetryAfter() {}

    /** The pause a Retry-After value asks for; empty when the value is blank or unreadable. */
    public static Optional<Duration> parse(String header, Clock clock) {
        String value = header.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        return instant(value)
                .map(at -> Duration.between(clock.instant(), at))
                .map(d -> d.isNegative() ? Duration.ZERO : d.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Time left until the next 00:00 UTC, when Zoom's per-user daily limit resets. */
    public static Duration untilNextUtcMidnight(Clock clock) {
        Instant now = clock.instant();
        Instant midnight = now.atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        return Duration.between(now, midnight);
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
            } catch (DateTimeParseException notHttpDate) {
                return Optional.empty();
            }
        }
    }
}
