package org.meetlinks.application.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.LinkFailurePolicy;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.PlatformChoicePolicy;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;

/** Wires the services to in-memory ports, like the bootstrap module wires them to real adapters. */
final class Harness {
    static final MentorId ADA = new MentorId("m-1");
    static final Viewer ADA_VIEWER = new Viewer("m-1", java.util.Set.of("mentor"));
    static final Viewer BO_VIEWER = new Viewer("e-9", java.util.Set.of("mentee"));
    static final Viewer STRANGER = new Viewer("x-5", java.util.Set.of("mentee"));

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryBookings db = new InMemoryBookings();
    final FakeProvider provider = new FakeProvider(clock);
    final LinkSettings settings = new LinkSettings(URI.create("https://links.example.org"));
    final GenerationSettings generation = new GenerationSettings(
            Duration.ofMillis(4500),
            Duration.ofSeconds(15),
            Duration.ofMillis(500),
            Duration.ofSeconds(5),
            Duration.ofSeconds(2));
    final LinkFailurePolicy failures = new LinkFailurePolicy(
            Duration.ofSeconds(2), Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(2), 3);
    final RecordingObserver observed = new RecordingObserver();
    /** Pauses between attempts of a run pass on the clock, not on the wall. */
    final List<Duration> pauses = new ArrayList<>();

    final GenerateMeetingLinkService generator = new GenerateMeetingLinkService(
            db.store(),
            db,
            db,
            db,
            provider,
            provider,
            provider,
            db,
            db,
            db,
            new PlatformChoicePolicy(),
            failures,
            generation,
            settings,
            observed,
            pause -> {
                pauses.add(pause);
                clock.advance(pause);
            },
            clock);
    final InlinePool pool = new InlinePool();
    final LinkGenerationQueue queue = new LinkGenerationQueue(pool, generator);
    final RetryDueLinksService sweep = new RetryDueLinksService(db, queue, generation, clock);
    final ConfirmSessionService confirm =
            new ConfirmSessionService(db.store(), db, db, db, queue, db.early(), settings, clock);
    final RescheduleSessionService reschedule =
            new RescheduleSessionService(db.store(), db, db, db, provider, db.early(), settings, clock);
    final CancelSessionService cancel =
            new CancelSessionService(db.store(), db, db, db, provider, db.early(), settings, clock);
    final InMemoryEmailLinks emailLinkStore = new InMemoryEmailLinks();
    final EmailLinks emailLinks = new EmailLinks(emailLinkStore, db, settings, Duration.ofDays(7), clock);
    final ManualLinkService manual = new ManualLinkService(db.store(), db, db, provider, settings, emailLinks, clock);
    final MeetingLinkQueryService queries =
            new MeetingLinkQueryService(db.store(), settings, DataLifecycle.defaults(), clock);

    org.meetlinks.application.port.in.JoinDestination queriesResolve() {
        String joinUrl =
                queries.getMeetingLink(new SessionId("s-1"), ADA_VIEWER).joinUrl();
        return queries.resolve(joinUrl.substring(joinUrl.lastIndexOf('/') + 1));
    }

    /** A confirmation as REST sends it: answered with the link once the first run has ended (the inline pool runs it at once). */
    BookingOutcome confirm(ConfirmSessionCommand command) {
        return confirm.confirm(command, Duration.ofSeconds(1));
    }

    /** A confirmation as JMS delivers it: acknowledged without waiting for the link. */
    BookingOutcome confirmWithoutWait(ConfirmSessionCommand command) {
        return confirm.confirm(command, Duration.ZERO);
    }

    ProviderConnection connectGoogle() {
        return connect(Platform.GOOGLE_MEET);
    }

    ProviderConnection connect(Platform platform) {
        ProviderConnection c =
                new ProviderConnection(ADA, platform, "ada@example.org", ConnectionStatus.CONNECTED, clock.instant());
        db.connect(c);
        return c;
    }

    static ConfirmSessionCommand confirmation(String eventId, String sessionId) {
        return new ConfirmSessionCommand(
                new EventId(eventId),
                new SessionId(sessionId),
                new Mentor(ADA, "Ada", "ada@example.org", ZoneId.of("Europe/Berlin")),
                new Mentee("e-9", "Bo", "bo@example.org"),
                Instant.parse("2026-12-01T15:00:00Z"),
                Instant.parse("2026-12-01T16:00:00Z"),
                ZoneId.of("Europe/Berlin"),
                "Career chat");
    }
}
