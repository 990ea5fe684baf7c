package org.meetlinks.adapter.in.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.meetlinks.application.port.in.ListMySessionsQuery;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.DomainException;

/** Turns the dashboard's raw query parameters into a use-case query; a bad one is a 400 naming it. */
final class MySessionsParams {
    private MySessionsParams() {}

    static ListMySessionsQuery parse(Viewer viewer, String from, String to, String page, String size) {
        Optional<Instant> start = instant("from", from);
        Optional<Instant> end = instant("to", to);
        ListMySessionsQuery paged = ListMySessionsQuery.of(
                viewer,
                integer("page", page, ListMySessionsQuery.DEFAULT_PAGE),
                integer("size", size, ListMySessionsQuery.DEFAULT_SIZE));
        ListMySessionsQuery started = start.map(paged::from).orElse(paged);
        return end.map(started::to).orElse(started);
    }

    private static Optional<Instant> instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                throw new DomainException(name, name + " must be an ISO-8601 instant such as 2026-12-01T15:00:00Z");
            }
        }
    }

    private static int integer(String name, String raw, int absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(name, name + " must be a whole number");
        }
    }
}
