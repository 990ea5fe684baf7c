package org.meetlinks.adapter.out.providers.zoom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.grant;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.request;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.retryOfUnansweredCreate;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.adapter.out.providers.testing.Fixtures;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/**
 * Zoom creates have no idempotency key: a create whose outcome was unknown must never end in a second meeting, and a
 * first create costs one call.
 */
class ZoomDuplicateCreateTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MEETINGS = "/zoom/v2/users/me/meetings";
    private static final long MEETING_ID = 85_012_345_678L;
    private static final String JOIN_URL = "https://us05web.zoom.us/j/" + MEETING_ID + "?pwd=AbC123.x";
    private static final String CREATED = "{\"id\":" + MEETING_ID + ",\"topic\":\"Career chat\",\"join_url\":\""
            + JOIN_URL + "\",\"start_time\":\"2026-12-01T15:00:00Z\"}";
    private static final String NONE = list("", "");
    /** The meeting the timed-out create made, as List meetings shows it (agenda with Fixtures.SESSION's marker). */
    private static final String MARKED =
            item(MEETING_ID, "Career chat", "2026-12-01T15:00:00Z", "Mentoring session (meetlinks-session:s-123)");

    private final InMemoryGrants grants = new InMemoryGrants();

    @BeforeEach
    void connectMentor() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(3_000)));
    }

    @Test
    void a_create_that_timed_out_after_zoom_made_the_meeting_returns_that_meeting_and_is_not_repeated() {
        // Zoom records the create at once but answers after the read timeout (1 s): from then on it lists the meeting
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, NONE)));
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("made")
                .willReturn(json(201, CREATED).withFixedDelay(1_500)));
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .whenScenarioStateIs("made")
                .willReturn(json(
                        200,
                        list(
                                "",
                                item(
                                                99_999_999_999L,
                                                "Other",
                                                "2026-12-01T15:00:00Z",
                                                "Mentoring session (meetlinks-session:s-9)")
                                        + "," + MARKED))));

        CreatedMeeting meeting = zoom().create(request(Platform.ZOOM));

        assertThat(meeting.externalMeetingId()).isEqualTo(Long.toString(MEETING_ID));
        assertThat(meeting.url().value()).isEqualTo(JOIN_URL);
        assertThat(meeting.creatorId()).isEqualTo(Fixtures.MENTOR.value());
        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
        wm.verify(1, getRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void a_first_create_is_one_call_without_a_lookup() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json(200, list("", MARKED))));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        assertThat(zoom().create(request(Platform.ZOOM)).externalMeetingId()).isEqualTo(Long.toString(MEETING_ID));

        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
        wm.verify(0, getRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void when_zoom_lists_no_meeting_of_the_session_the_create_proceeds() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(200, list("", item(99_999_999_999L, "Career chat", "2026-12-01T16:00:00Z", null)))));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        CreatedMeeting meeting = zoom().create(retryOfUnansweredCreate(Platform.ZOOM));

        assertThat(meeting.externalMeetingId()).isEqualTo(Long.toString(MEETING_ID));
        wm.verify(
                1,
                getRequestedFor(urlPathEqualTo(MEETINGS))
                        .withQueryParam("type", equalTo("scheduled"))
                        .withQueryParam("page_size", equalTo("300"))
                        .withQueryParam("next_page_token", absent())
                        .withHeader("Authorization", equalTo("Bearer access-1")));
        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void a_later_create_on_another_instance_finds_the_meeting_an_unknown_outcome_made() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json(200, NONE)));
        wm.stubFor(
                post(urlPathEqualTo(MEETINGS)).willReturn(json(504, "{\"code\":504,\"message\":\"Gateway timeout\"}")));

        MeetingProviderException first = failure(() -> zoom().create(request(Platform.ZOOM)));
        assertThat(first)
                .isInstanceOf(TransientProviderException.class)
                .isNotInstanceOf(RetryableProviderException.class);
        assertThat(first.getMessage()).contains("outcome is unknown");

        // the meeting shows up in Zoom's list later; a new client has no memory of the first attempt
        wm.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json(200, list("", MARKED))));
        CreatedMeeting second = zoom().create(retryOfUnansweredCreate(Platform.ZOOM));

        assertThat(second.externalMeetingId()).isEqualTo(Long.toString(MEETING_ID));
        assertThat(second.url().value()).isEqualTo(JOIN_URL);
        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void an_unmarked_meeting_with_the_same_topic_and_start_is_never_adopted() {
        // the mentor's own meeting (or another app's): adopting it would let a later cancel delete it
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(
                        200,
                        list(
                                "",
                                item(44_444_444_444L, "Career chat", "2026-12-01T15:00:00Z", null) + ","
                                        + item(
                                                55_555_555_555L,
                                                "Career chat",
                                                "2026-12-01T15:00:00Z",
                                                "Our weekly chat")))));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        assertThat(zoom().create(retryOfUnansweredCreate(Platform.ZOOM)).externalMeetingId())
                .isEqualTo(Long.toString(MEETING_ID));

        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void a_meeting_marked_for_another_session_is_never_taken_even_with_the_same_topic_and_start() {
        // s-1234 and s-12 share a prefix with s-123
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(
                        200,
                        list(
                                "",
                                item(
                                                11_111_111_111L,
                                                "Career chat",
                                                "2026-12-01T15:00:00Z",
                                                "Mentoring session (meetlinks-session:s-1234)")
                                        + ","
                                        + item(
                                                22_222_222_222L,
                                                "Career chat",
                                                "2026-12-01T15:00:00Z",
                                                "Mentoring session (meetlinks-session:s-12)")))));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        assertThat(zoom().create(retryOfUnansweredCreate(Platform.ZOOM)).externalMeetingId())
                .isEqualTo(Long.toString(MEETING_ID));

        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void every_page_is_searched_for_the_marker_past_an_earlier_same_topic_meeting() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .withQueryParam("next_page_token", absent())
                .willReturn(
                        json(200, list("page-2", item(33_333_333_333L, "Career chat", "2026-12-01T15:00:00Z", null)))));
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .withQueryParam("next_page_token", equalTo("page-2"))
                .willReturn(json(200, list("", MARKED))));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        assertThat(zoom().create(retryOfUnansweredCreate(Platform.ZOOM)).externalMeetingId())
                .isEqualTo(Long.toString(MEETING_ID));

        wm.verify(2, getRequestedFor(urlPathEqualTo(MEETINGS)));
        wm.verify(0, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void a_failed_lookup_is_transient_and_no_meeting_is_created() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(503, "{\"code\":503,\"message\":\"Service unavailable\"}")));
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        MeetingProviderException e = failure(() -> zoom().create(retryOfUnansweredCreate(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e)
                .as("a lookup changes nothing: it may be repeated at once")
                .isInstanceOf(RetryableProviderException.class);
        wm.verify(0, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void a_lookup_that_is_refused_otherwise_is_still_transient_but_a_missing_list_scope_means_reconnect() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(400, "{\"code\":300,\"message\":\"Invalid parameter\"}")));
        assertThat(failure(() -> zoom().create(retryOfUnansweredCreate(Platform.ZOOM)))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);

        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .willReturn(json(
                        400,
                        "{\"code\":4711,\"message\":\"Invalid access "
                                + "token, does not contain scopes:[meeting:read:list_meetings].\"}")));
        MeetingProviderException e = failure(() -> zoom().create(retryOfUnansweredCreate(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("meeting:read:list_meetings");
        wm.verify(0, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    @Test
    void when_the_lookup_after_an_unknown_outcome_fails_the_creates_failure_is_kept_with_the_lookups_attached() {
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, NONE)));
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .willSetStateTo("broken")
                .willReturn(aResponse().withStatus(502)));
        wm.stubFor(get(urlPathEqualTo(MEETINGS))
                .inScenario("zoom")
                .whenScenarioStateIs("broken")
                .willReturn(json(503, "{\"code\":503,\"message\":\"Service unavailable\"}")));

        MeetingProviderException e = failure(() -> zoom().create(request(Platform.ZOOM)));

        assertThat(e).isInstanceOf(TransientProviderException.class).isNotInstanceOf(RetryableProviderException.class);
        assertThat(e.getMessage())
                .contains("creating the meeting of session s-123")
                .contains("outcome is unknown");
        assertThat(e.getSuppressed())
                .singleElement()
                .satisfies(s -> assertThat(s.getMessage()).contains("looking for the meeting of session s-123"));
        wm.verify(1, postRequestedFor(urlPathEqualTo(MEETINGS)));
    }

    /** A fresh client each time: nothing is remembered in memory between attempts (as on another instance). */
    private PlatformMeetings zoom() {
        return ProviderWiring.create(Fixtures.ZOOM, Fixtures.zoom(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .meetings();
    }

    private static String list(String nextPageToken, String items) {
        return "{\"page_size\":300,\"total_records\":" + (items.isEmpty() ? 0 : items.split("\"uuid\"").length - 1)
                + ",\"next_page_token\":\"" + nextPageToken + "\",\"meetings\":[" + items + "]}";
    }

    private static String item(long id, String topic, String start, String agenda) {
        return "{\"uuid\":\"u" + id + "==\",\"id\":" + id + ",\"host_id\":\"h\",\"topic\":\"" + topic + "\",\"type\":2,"
                + "\"start_time\":\"" + start + "\",\"duration\":60,\"timezone\":\"Europe/Berlin\","
                + (agenda == null ? "" : "\"agenda\":\"" + agenda + "\",")
                + "\"created_at\":\"2026-11-20T10:00:00Z\",\"join_url\":\"https://us05web.zoom.us/j/" + id
                + "?pwd=AbC123.x\"}";
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static MeetingProviderException failure(Runnable call) {
        MeetingProviderException e = catchThrowableOfType(MeetingProviderException.class, call::run);
        assertThat(e).as("expected a MeetingProviderException").isNotNull();
        assertThat(e.platform()).isEqualTo(Platform.ZOOM);
        return e;
    }
}
