package org.meetlinks.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instant to the type bound to timestamptz parameters of native queries. */
final class Timestamps {
    private Timestamps() {}

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
