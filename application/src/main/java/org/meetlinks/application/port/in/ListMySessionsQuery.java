package org.meetlinks.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.DomainException;

/** The dashboard question (self-validating): the caller's sessions in a window, one page at a time. */
public record ListMySessionsQuery(Viewer viewer, Optional<Instant> from, Optional<Instant> to, int page, int size) {
    public static final int DEFAULT_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest page accepted; keeps the row offset far from overflow and the database from deep scans. */
    public static final int MAX_PAGE = 10_000;
    public static final Duration DEFAULT_RANGE = Duration.ofDays(90);

    public ListMySessionsQuery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (page < 0 || page > MAX_PAGE) {
            throw new DomainException("page", "page must be between 0 and " + MAX_PAGE + " (0 is the first page)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new DomainException("to", "to must be after from");
        }
    }

    /** The first page of the default window. */
    public static ListMySessionsQuery upcoming(Viewer viewer) {
        return new ListMySessionsQuery(viewer, Optional.empty(), Optional.empty(), DEFAULT_PAGE, DEFAULT_SIZE);
    }

    /** The window to search with the defaults filled in; {@code now} is the default start. */
    public Window window(Instant now) {
        Instant start = from.orElse(now);
        Instant end = to.orElseGet(() -> start.plus(DEFAULT_RANGE));
        if (!end.isAfter(start)) {
            throw new DomainException("to", "to must be after from (which defaults to now)");
        }
        return new Window(start, end);
    }

    /** How many sessions come before this page. */
    public int offset() {
        return page * size;
    }

    /** A resolved time window: sessions that end after {@code from} and start before {@code to}. */
    public record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
