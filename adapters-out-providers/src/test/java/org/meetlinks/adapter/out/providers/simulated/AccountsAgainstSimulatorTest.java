package org.meetlinks.adapter.out.providers.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.SimulatedProviders.request;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.testing.SimulatedProviders;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.Platform;

/** Accounts the way they come: Google Meet turned off by a Workspace admin, Zoom links on ZoomGov, offset zones. */
class AccountsAgainstSimulatorTest {
    private static final String ACCOUNT = "mentor@example.com";
    private final InMemoryGrants grants = new InMemoryGrants();
    private SimulatedProviders sim;

    @BeforeEach
    void reset() {
        sim = SimulatedProviders.reset();
    }

    @Test
    void connecting_a_google_account_with_meet_turned_off_says_so() {
        sim.control().post("/accounts", "{\"account\":\"" + ACCOUNT + "\",\"meetTurnedOff\":true}");

        assertThat(connect(Platform.GOOGLE_MEET).meetingsAllowed()).isFalse();
    }

    @Test
    void a_create_refused_with_invalid_conference_type_means_meet_is_turned_off() {
        connect(Platform.GOOGLE_MEET);
        sim.control().post("/accounts", "{\"account\":\"" + ACCOUNT + "\",\"meetTurnedOff\":true}");

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class,
                () -> ProviderWiring.create(SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                        .meetings()
                        .create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.MEETINGS_TURNED_OFF);
    }

    @Test
    void a_failed_conference_on_a_calendar_that_allows_meet_stays_a_permanent_failure() {
        connect(Platform.GOOGLE_MEET);
        sim.control().post("/faults", "{\"provider\":\"google\",\"conferenceFailureCount\":1}");

        MeetingProviderException e = catchThrowableOfType(
                MeetingProviderException.class,
                () -> ProviderWiring.create(SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                        .meetings()
                        .create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void a_zoomgov_join_link_is_accepted() {
        sim.control().post("/accounts", "{\"account\":\"" + ACCOUNT + "\",\"zoomJoinUrlHost\":\"agency.zoomgov.com\"}");
        connect(Platform.ZOOM);

        CreatedMeeting meeting = ProviderWiring.create(
                        SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                .meetings()
                .create(request(Platform.ZOOM));

        assertThat(meeting.url().value()).startsWith("https://agency.zoomgov.com/j/");
    }

    @Test
    void a_session_stored_with_an_offset_zone_reaches_both_providers_with_an_iana_name() {
        connect(Platform.GOOGLE_MEET);
        connect(Platform.ZOOM);
        MeetingRequest google = withZone(request(Platform.GOOGLE_MEET), "+01:00");
        MeetingRequest zoom = withZone(request(Platform.ZOOM), "+01:00");

        ProviderWiring.create(SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                .meetings()
                .create(google);
        ProviderWiring.create(SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                .meetings()
                .create(zoom);

        assertThat(sim.control().get("/requests/rejected")).contains("\"count\":0");
        assertThat(sim.control().get("/meetings")).contains("\"count\":2");
    }

    private ConnectedAccount connect(Platform platform) {
        ProviderOAuth oauth = platform == Platform.ZOOM
                ? ProviderWiring.create(SimulatedProviders.ZOOM, sim.zoom(), grants, grants, Clock.systemUTC())
                        .oauth()
                : ProviderWiring.create(SimulatedProviders.GOOGLE, sim.google(), grants, grants, Clock.systemUTC())
                        .oauth();
        return sim.connect(oauth, grants);
    }

    private static MeetingRequest withZone(MeetingRequest r, String zone) {
        return new MeetingRequest(
                r.platform(),
                r.mentorId(),
                r.sessionId(),
                r.topic(),
                r.menteeName(),
                r.joinUrl(),
                r.startsAt(),
                r.endsAt(),
                ZoneId.of(zone),
                r.deadline(),
                r.meetingMayExist());
    }
}
