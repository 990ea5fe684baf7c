package org.meetlinks.adapter.out.providers.zoom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingRequest;

/**
 * CDI bean adding MP Fault Tolerance around the Zoom client: immediate retries only for failures that are safe
 * to repeat (never a create whose outcome is unknown: Zoom has no idempotency key), a circuit breaker counting
 * transient failures, a bulkhead and a time limit per attempt. A create attempt makes up to three calls in a row
 * (look up, create, look up again after an unknown outcome), so its time limit covers three read timeouts.
 */
@ApplicationScoped
@Typed(ZoomMeetings.class)
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 20_000, retryOn = RetryableProviderException.class)
// One breaker serves all mentors: judged over the last 40 calls, so that 10% of failures (the benchmark's fault
// mix) cannot open it by chance, while an outage still opens it within seconds.
@CircuitBreaker(requestVolumeThreshold = 40, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        failOn = TransientProviderException.class)
// Above the concurrent deliveries of booking events (jms.max.sessions, 32 by default), so a burst waits on the
// provider, not on a full bulkhead; MP Config <class name>/Bulkhead/value changes it.
@Bulkhead(64)
@Timeout(12_000)
public class ZoomMeetings implements PlatformMeetings {
    private final PlatformMeetings client;

    @Inject
    public ZoomMeetings(ZoomProvider provider) {
        this.client = provider.meetings();
    }

    /** For the CDI client proxy only. */
    protected ZoomMeetings() {
        this.client = null;
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 60_000, retryOn = RetryableProviderException.class)
    @Timeout(20_000)
    public CreatedMeeting create(MeetingRequest request) {
        return client.create(request);
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        client.update(meeting, request);
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        client.delete(meeting);
    }
}
