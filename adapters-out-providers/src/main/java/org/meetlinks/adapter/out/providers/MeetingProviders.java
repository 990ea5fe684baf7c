package org.meetlinks.adapter.out.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.google.GoogleMeetings;
import org.meetlinks.adapter.out.providers.zoom.ZoomMeetings;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ReadMeetingPort;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.Platform;

/**
 * The meeting ports' adapter: sends each request to the platform's client (Google Meet or Zoom) and turns
 * fault-tolerance rejections (open circuit, full bulkhead) into TRANSIENT failures with a short retry-after. Neither
 * was a call to the provider, so neither tells the caller that a meeting may have been made.
 */
@ApplicationScoped
public class MeetingProviders implements CreateMeetingPort, UpdateMeetingPort, DeleteMeetingPort, ReadMeetingPort {
    /** An open circuit is asked again after this (it half-opens within seconds). */
    static final Duration CIRCUIT_OPEN_RETRY = Duration.ofSeconds(1);
    /** A full bulkhead is asked again after this. */
    static final Duration BULKHEAD_FULL_RETRY = Duration.ofMillis(200);

    private final Map<Platform, PlatformMeetings> clients;

    @Inject
    public MeetingProviders(GoogleMeetings google, ZoomMeetings zoom) {
        this(Map.of(Platform.GOOGLE_MEET, google, Platform.ZOOM, zoom));
    }

    MeetingProviders(Map<Platform, PlatformMeetings> clients) {
        this.clients = new EnumMap<>(clients);
    }

    /** For the CDI client proxy only. */
    protected MeetingProviders() {
        this.clients = Map.of();
    }

    @Override
    public CreatedMeeting createMeeting(MeetingRequest request) {
        PlatformMeetings client = client(request.platform());
        return guarded(request.platform(), () -> client.create(request));
    }

    @Override
    public void updateMeeting(ExistingMeeting meeting, MeetingRequest request) {
        PlatformMeetings client = client(meeting.platform());
        guarded(meeting.platform(), () -> {
            client.update(meeting, request);
            return Boolean.TRUE;
        });
    }

    @Override
    public void deleteMeeting(ExistingMeeting meeting) {
        PlatformMeetings client = client(meeting.platform());
        guarded(meeting.platform(), () -> {
            client.delete(meeting);
            return Boolean.TRUE;
        });
    }

    @Override
    public Optional<ScheduledMeeting> readMeeting(ExistingMeeting meeting, Instant deadline) {
        PlatformMeetings client = client(meeting.platform());
        return guarded(meeting.platform(), () -> client.read(meeting, deadline));
    }

    private PlatformMeetings client(Platform platform) {
        return Optional.ofNullable(clients.get(platform))
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT,
                        platform,
                        platform + " meetings are not made by a provider (a manual link is needed)"));
    }

    private static <T> T guarded(Platform platform, Supplier<T> call) {
        try {
            return call.get();
        } catch (FaultToleranceException e) {
            throw rejection(platform, e);
        }
    }

    private static MeetingProviderException rejection(Platform platform, FaultToleranceException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return new MeetingProviderException(
                    Kind.TRANSIENT,
                    platform,
                    "calls to " + platform.accountName() + " are paused after repeated failures (circuit open)",
                    CIRCUIT_OPEN_RETRY,
                    e);
        }
        if (e instanceof BulkheadException) {
            return new MeetingProviderException(
                    Kind.TRANSIENT,
                    platform,
                    "too many calls to " + platform.accountName() + " at once",
                    BULKHEAD_FULL_RETRY,
                    e);
        }
        return new MeetingProviderException(Kind.TRANSIENT, platform, "the call was rejected: " + e.getMessage(), e);
    }
}
