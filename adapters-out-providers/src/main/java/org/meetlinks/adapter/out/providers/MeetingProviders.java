package org.meetlinks.adapter.out.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.google.GoogleMeetings;
import org.meetlinks.adapter.out.providers.zoom.ZoomMeetings;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.Platform;

/**
 * The meeting ports' adapter: sends each request to the platform's client (Google Meet or Zoom) and turns
 * fault-tolerance rejections (open circuit, full bulkhead, time limit) into TRANSIENT provider failures.
 */
@ApplicationScoped
public class MeetingProviders implements CreateMeetingPort, UpdateMeetingPort, DeleteMeetingPort {
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
        if (request.systemAccount()) {
            throw new MeetingProviderException(Kind.PERMANENT, request.platform(), "no system account configured for "
                    + request.platform() + "; meetings need the mentor's own connected account");
        }
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

    private PlatformMeetings client(Platform platform) {
        return Optional.ofNullable(clients.get(platform)).orElseThrow(() -> new MeetingProviderException(
                Kind.PERMANENT, platform, platform + " meetings are not made by a provider (a manual link is needed)"));
    }

    private static <T> T guarded(Platform platform, Supplier<T> call) {
        try {
            return call.get();
        } catch (FaultToleranceException e) {
            throw new TransientProviderException(platform, rejection(e), e);
        }
    }

    private static String rejection(FaultToleranceException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return "calls to this provider are paused after repeated failures (circuit open)";
        }
        if (e instanceof BulkheadException) {
            return "too many calls to this provider at once";
        }
        if (e instanceof TimeoutException) {
            return "the provider call took too long";
        }
        return "the provider call was rejected: " + e.getMessage();
    }
}
