package org.meetlinks.adapter.out.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;

/** The meeting ports route by platform and turn fault-tolerance rejections into TRANSIENT failures. */
class MeetingProvidersTest {
    private final RecordingClient google =
            new RecordingClient("https://meet.google.com/abc-defg-hij", Platform.GOOGLE_MEET);
    private final RecordingClient zoom = new RecordingClient("https://us05web.zoom.us/j/85012345678", Platform.ZOOM);
    private final MeetingProviders providers =
            new MeetingProviders(Map.of(Platform.GOOGLE_MEET, google, Platform.ZOOM, zoom));

    @Test
    void each_platform_goes_to_its_own_client() {
        assertThat(providers.createMeeting(request(Platform.GOOGLE_MEET)).url().platform())
                .isEqualTo(Platform.GOOGLE_MEET);
        assertThat(providers.createMeeting(request(Platform.ZOOM)).url().platform())
                .isEqualTo(Platform.ZOOM);
        providers.updateMeeting(new ExistingMeeting(Platform.ZOOM, "1", MENTOR), request(Platform.ZOOM));
        providers.deleteMeeting(new ExistingMeeting(Platform.GOOGLE_MEET, "e", MENTOR));

        assertThat(google.calls).containsExactly("create", "delete e");
        assertThat(zoom.calls).containsExactly("create", "update 1");
    }

    @Test
    void manual_links_have_no_provider() {
        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class, () -> providers.createMeeting(request(Platform.MANUAL)));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.platform()).isEqualTo(Platform.MANUAL);
    }

    @Test
    void an_open_circuit_is_a_transient_failure() {
        zoom.failWith = new CircuitBreakerOpenException("open");

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class, () -> providers.createMeeting(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.platform()).isEqualTo(Platform.ZOOM);
        assertThat(e).hasCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(e.retryAfter()).contains(MeetingProviders.CIRCUIT_OPEN_RETRY);
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    /** A platform client that records what it was asked. */
    private static final class RecordingClient implements PlatformMeetings {
        final List<String> calls = new ArrayList<>();
        final String url;
        final Platform platform;
        RuntimeException failWith;

        RecordingClient(String url, Platform platform) {
            this.url = url;
            this.platform = platform;
        }

        @Override
        public CreatedMeeting create(MeetingRequest request) {
            if (failWith != null) {
                throw failWith;
            }
            calls.add("create");
            return new CreatedMeeting(
                    MeetingUrl.of(platform, url), "id", request.mentorId().value());
        }

        @Override
        public void update(ExistingMeeting meeting, MeetingRequest request) {
            calls.add("update " + meeting.externalMeetingId());
        }

        @Override
        public void delete(ExistingMeeting meeting) {
            calls.add("delete " + meeting.externalMeetingId());
        }

        @Override
        public java.util.Optional<org.meetlinks.application.port.out.ScheduledMeeting> read(
                ExistingMeeting meeting, java.time.Instant deadline) {
            calls.add("read " + meeting.externalMeetingId());
            return java.util.Optional.empty();
        }
    }
}
