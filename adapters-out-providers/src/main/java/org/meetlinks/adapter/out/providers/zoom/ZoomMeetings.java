package org.meetlinks.adapter.out.providers.zoom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.meetlinks.adapter.out.providers.common.AccountHealth;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;

/**
 * CDI bean adding MP Fault Tolerance around the Zoom client: a circuit breaker that all mentors share and that
 * counts only provider-wide failures (5xx, timeouts, unreachable; never 401/403/404, a refusal or a 429, which are
 * one account's or one request's; nor the further failures of an account that keeps failing, see
 * {@link AccountHealth}), and a bulkhead. No retries and no time limit here: the caller's run retries
 * within its budget, and every HTTP call's own timeout is cut to what is left of it.
 */
@ApplicationScoped
@Typed(ZoomMeetings.class)
// Judged over the last 20 calls: an outage (half of them failing) stops calls within seconds; after 5 s two
// successful trial calls close it again. MP Config <class name>/CircuitBreaker/<field> overrides each value.
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000, successThreshold = 2,
        failOn = TransientProviderException.class)
// Above the generation pool's workers (meetlinks generation.workers, 32 by default), so a full pool waits on the
// provider, not on a full bulkhead; MP Config <class name>/Bulkhead/value changes it.
@Bulkhead(64)
public class ZoomMeetings implements PlatformMeetings {
    private final PlatformMeetings client;
    private final AccountHealth accounts;

    @Inject
    public ZoomMeetings(ZoomProvider provider, AccountHealth accounts) {
        this.client = provider.meetings();
        this.accounts = accounts;
    }

    /** For the CDI client proxy only. */
    protected ZoomMeetings() {
        this.client = null;
        this.accounts = null;
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        return accounts.call(request.platform(), request.mentorId(), () -> client.create(request));
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        accounts.call(meeting.platform(), meeting.owner(), () -> {
            client.update(meeting, request);
            return Boolean.TRUE;
        });
    }

    @Override
    public Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline) {
        return accounts.call(meeting.platform(), meeting.owner(), () -> client.read(meeting, deadline));
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        accounts.call(meeting.platform(), meeting.owner(), () -> {
            client.delete(meeting);
            return Boolean.TRUE;
        });
    }
}
