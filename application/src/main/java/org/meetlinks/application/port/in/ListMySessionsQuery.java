package org.meetlinks.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.DomainException;

/** The dashboard question (self-validating): the caller's sessions in a window, one page at a time. */
public final class ListMySessionsQuery {
    public static final int DEFAULT_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest page accepted; keeps the row offset far from overflow and the database from deep scans. */
    public static final int MAX_PAGE = 10_000;

    public static final Duration DEFAULT_RANGE = Duration.ofDays(90);

    private final Viewer viewer;
    private final Instant from;
    private final Instant to;
    private final int page;
    private final int size;

    private ListMySessionsQuery(Viewer viewer, Instant from, Instant to, int page, int size) {
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        if (page < 0 || page > MAX_PAGE) {
            throw new DomainException("page", "page must be between 0 and " + MAX_PAGE + " (0 is the first page)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new DomainException("to", "to must be after from");
        }
        this.from = from;
        this.to = to;
        this.page = page;
        this.size = size;
    }

    /** One page of the default window; {@link #from(Instant)} and {@link #to(Instant)} narrow it. */
    public static ListMySessionsQuery of(Viewer viewer, int page, int size) {
        return new ListMySessionsQuery(viewer, null, null, page, size);
    }

    /** The first page of the default window. */
    public static ListMySessionsQuery upcoming(Viewer viewer) {
        return of(viewer, DEFAULT_PAGE, DEFAULT_SIZE);
    }

    /** The same question for sessions that end after {@code start}. */
    public ListMySessionsQuery from(Instant start) {
        return new ListMySessionsQuery(viewer, Objects.requireNonNull(start, "from"), to, page, size);
    }

    /** The same question for sessions that start before {@code end}. */
    public ListMySessionsQuery to(Instant end) {
        return new ListMySessionsQuery(viewer, from, Objects.requireNonNull(end, "to"), page, size);
    }

    public Viewer viewer() {
        return viewer;
    }

    /** The start the caller gave; empty for the default (now). */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** The end the caller gave; empty for the default ({@link #DEFAULT_RANGE} after the start). */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The window to search with the defaults filled in; {@code now} is the default start. */
    public Window window(Instant now) {
        Instant start = from().orElse(now);
        Instant end = to().orElseGet(() -> start.plus(DEFAULT_RANGE));
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
