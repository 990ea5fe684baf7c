package org.meetlinks.adapter.out.providers.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.SimulatedProviders.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.SimulatedProviders.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.testing.SimulatedProviders;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.domain.Platform;

/**
 * Reading a meeting the account owner may have changed: deleted (Google keeps it "cancelled" and its id cannot be
 * used again; Zoom answers 404 code 3001), moved, or the grant revoked; and making a deleted meeting anew.
 */
class MeetingChangesAgainstSimulatorTest {
    private final InMemoryGrants grants = new InMemoryGrants();
    private SimulatedProviders sim;
    private PlatformMeetings google;
    private PlatformMeetings zoom;

    @BeforeEach
    void reset() {
        sim = SimulatedProviders.reset();
        ProviderWiring g =
                ProviderWiring.create(SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC());
        ProviderWiring z =
                ProviderWiring.create(SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC());
        sim.connect(g.oauth(), grants);
        sim.connect(z.oauth(), grants);
        google = g.meetings();
        zoom = z.meetings();
    }

    @Test
    void a_meeting_as_booked_reads_at_the_booked_time_on_both_providers() {
        for (PlatformMeetings provider : new PlatformMeetings[] {google, zoom}) {
            MeetingRequest request = request(provider == google ? Platform.GOOGLE_MEET : Platform.ZOOM);
            CreatedMeeting made = provider.create(request);
            assertThat(provider.read(existing(request.platform(), made), deadline()))
                    .contains(new ScheduledMeeting(request.startsAt(), request.endsAt()));
        }
    }

    @Test
    void a_google_event_deleted_by_its_owner_reads_as_gone_and_the_session_gets_a_new_event_and_meet_link() {
        MeetingRequest request = request(Platform.GOOGLE_MEET);
        CreatedMeeting first = google.create(request);
        sim.control().deleteAsOwner(first.externalMeetingId());

        assertThat(google.read(existing(Platform.GOOGLE_MEET, first), deadline()))
                .isEmpty();

        CreatedMeeting second = google.create(request);
        assertThat(second.externalMeetingId()).isNotEqualTo(first.externalMeetingId());
        assertThat(second.url()).isNotEqualTo(first.url());
        assertThat(google.create(request))
                .as("a retry of the new create finds the new event")
                .isEqualTo(second);
        assertThat(google.read(existing(Platform.GOOGLE_MEET, second), deadline()))
                .isPresent();
    }

    @Test
    void a_zoom_meeting_deleted_by_its_owner_reads_as_gone() {
        CreatedMeeting made = zoom.create(request(Platform.ZOOM));
        sim.control().deleteAsOwner(made.externalMeetingId());

        assertThat(zoom.read(existing(Platform.ZOOM, made), deadline())).isEmpty();
    }

    @Test
    void a_meeting_moved_by_its_owner_reads_at_the_new_time_and_an_update_puts_it_back() {
        for (PlatformMeetings provider : new PlatformMeetings[] {google, zoom}) {
            MeetingRequest request = request(provider == google ? Platform.GOOGLE_MEET : Platform.ZOOM);
            CreatedMeeting made = provider.create(request);
            sim.control().patchAsOwner(made.externalMeetingId(), "{\"start\":\"2030-12-01T18:00:00Z\"}");

            Optional<ScheduledMeeting> moved = provider.read(existing(request.platform(), made), deadline());
            assertThat(moved.map(ScheduledMeeting::startsAt)).contains(Instant.parse("2030-12-01T18:00:00Z"));

            provider.update(existing(request.platform(), made), request);
            assertThat(provider.read(existing(request.platform(), made), deadline()))
                    .contains(new ScheduledMeeting(request.startsAt(), request.endsAt()));
        }
    }

    @Test
    void reading_with_a_revoked_grant_is_an_auth_failure() {
        CreatedMeeting meet = google.create(request(Platform.GOOGLE_MEET));
        CreatedMeeting zm = zoom.create(request(Platform.ZOOM));
        sim.control().post("/grants/all/invalidate", "{}");

        assertThat(catchThrowableOfType(
                                MeetingProviderException.class,
                                () -> google.read(existing(Platform.GOOGLE_MEET, meet), deadline()))
                        .kind())
                .isEqualTo(Kind.AUTH);
        assertThat(catchThrowableOfType(
                                MeetingProviderException.class,
                                () -> zoom.read(existing(Platform.ZOOM, zm), deadline()))
                        .kind())
                .isEqualTo(Kind.AUTH);
    }

    private static ExistingMeeting existing(Platform platform, CreatedMeeting made) {
        return new ExistingMeeting(platform, made.externalMeetingId(), MENTOR);
    }

    private static Instant deadline() {
        return Instant.now().plusSeconds(15);
    }
}
