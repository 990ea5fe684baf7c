package org.meetlinks.adapter.out.providers.google;

import static org.meetlinks.adapter.out.providers.common.ProviderCallPolicy.CALLS_JUDGED;
import static org.meetlinks.adapter.out.providers.common.ProviderCallPolicy.CONCURRENT_CALLS;
import static org.meetlinks.adapter.out.providers.common.ProviderCallPolicy.FAILURE_RATIO;
import static org.meetlinks.adapter.out.providers.common.ProviderCallPolicy.OPEN_MILLIS;
import static org.meetlinks.adapter.out.providers.common.ProviderCallPolicy.TRIAL_SUCCESSES;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.meetlinks.adapter.out.providers.common.AccountCheckedMeetings;
import org.meetlinks.adapter.out.providers.common.AccountHealth;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.ProviderCallPolicy;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;

/**
 * CDI bean adding MP Fault Tolerance around the Google client: Google's own circuit breaker and bulkhead, with the
 * values and reasons of {@link ProviderCallPolicy}, around calls judged per account ({@link AccountCheckedMeetings}).
 * Its methods are declared here rather than inherited, so that this class's annotations and their MP Config keys
 * ({@code org.meetlinks.adapter.out.providers.google.GoogleMeetings/...}) surely apply to them.
 */
@ApplicationScoped
@Typed(GoogleMeetings.class)
@CircuitBreaker(
        requestVolumeThreshold = CALLS_JUDGED,
        failureRatio = FAILURE_RATIO,
        delay = OPEN_MILLIS,
        successThreshold = TRIAL_SUCCESSES,
        failOn = TransientProviderException.class)
@Bulkhead(CONCURRENT_CALLS)
public class GoogleMeetings implements PlatformMeetings {
    private final PlatformMeetings calls;

    @Inject
    public GoogleMeetings(GoogleProvider provider, AccountHealth accounts) {
        this.calls = new AccountCheckedMeetings(provider.meetings(), accounts);
    }

    /** For the CDI client proxy only. */
    protected GoogleMeetings() {
        this.calls = null;
    }

    @Override
    public CreatedMeeting create(MeetingRequest request) {
        return calls.create(request);
    }

    @Override
    public void update(ExistingMeeting meeting, MeetingRequest request) {
        calls.update(meeting, request);
    }

    @Override
    public Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline) {
        return calls.read(meeting, deadline);
    }

    @Override
    public void delete(ExistingMeeting meeting) {
        calls.delete(meeting);
    }
}
