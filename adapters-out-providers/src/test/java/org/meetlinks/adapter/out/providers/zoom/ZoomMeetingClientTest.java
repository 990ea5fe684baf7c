package org.meetlinks.adapter.out.providers.zoom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.grant;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.request;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.tokenJson;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** Zoom meetings through a stubbed API: body, limits, rotating refresh tokens, unknown outcomes, deletes. */
class ZoomMeetingClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MEETINGS = "/zoom/v2/users/me/meetings";
    private static final long MEETING_ID = 85_012_345_678L;
    private static final String MEETING = "/zoom/v2/meetings/" + MEETING_ID;
    private static final String CREATED = "{\"id\":" + MEETING_ID + ",\"topic\":\"Career chat\","
            + "\"join_url\":\"https://us05web.zoom.us/j/" + MEETING_ID + "?pwd=AbC123.x\","
            + "\"start_url\":\"https://us05web.zoom.us/s/" + MEETING_ID + "?zak=secret\",\"password\":\"x1\"}";

    private final InMemoryGrants grants = new InMemoryGrants();
    private PlatformMeetings zoom;

    @BeforeEach
    void connectMentor() {
        // every create first looks for a meeting an earlier attempt made; here Zoom lists none
        wm.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json(200, "{\"next_page_token\":\"\",\"meetings\":[]}")));
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().plusSeconds(3_000)));
        zoom = ProviderWiring.create(Fixtures.ZOOM, Fixtures.zoom(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .meetings();
    }

    @Test
    void creates_a_scheduled_meeting_with_a_waiting_room_and_returns_its_join_url() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));

        CreatedMeeting meeting = zoom.create(request(Platform.ZOOM));

        assertThat(meeting.url().value()).isEqualTo("https://us05web.zoom.us/j/85012345678?pwd=AbC123.x");
        assertThat(meeting.externalMeetingId()).isEqualTo("85012345678");
        assertThat(meeting.creatorId()).isEqualTo(MENTOR.value());
        wm.verify(
                postRequestedFor(urlPathEqualTo(MEETINGS))
                        .withHeader("Authorization", equalTo("Bearer access-1"))
                        .withRequestBody(
                                equalToJson(
                                        "{\"topic\":\"Career chat\",\"type\":2,\"start_time\":\"2026-12-01T15:00:00Z\","
                                                + "\"duration\":60,\"timezone\":\"Europe/Berlin\",\"agenda\":\"Mentoring session with Bo Chen\\nSession reference: meetlinks-session:s-123\\n"
                                                + "Join link: https://links.example.org/join/tok-123\","
                                                + "\"default_password\":true,\"settings\":{\"join_before_host\":false,\"waiting_room\":true}}")));
    }

    @Test
    void long_topics_are_cut_to_zooms_limit() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED)));
        var longTopic = Fixtures.request(Platform.ZOOM, "x".repeat(300), false);

        zoom.create(longTopic);

        wm.verify(postRequestedFor(urlPathEqualTo(MEETINGS))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                        "$.topic", equalTo("x".repeat(200)))));
    }

    @Test
    void the_daily_limit_is_rate_limited_until_midnight_utc_when_zoom_gives_no_retry_after() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .willReturn(json(
                        429,
                        "{\"code\":429,\"message\":\"You have exceeded the "
                                + "daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. "
                                + "You may resume these requests at GMT 00:00:00.\"}")));

        MeetingProviderException e = failure(() -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        Instant midnight = Instant.now()
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        assertThat(e.retryAfter())
                .hasValueSatisfying(d ->
                        assertThat(Instant.now().plus(d)).isBetween(midnight.minusSeconds(5), midnight.plusSeconds(5)));
    }

    @Test
    void a_retry_after_timestamp_gives_the_delay() {
        Instant at = Instant.now().plusSeconds(120).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .willReturn(json(429, "{\"code\":429,\"message\":\"Too many requests\"}")
                        .withHeader("Retry-After", at.toString())
                        .withHeader("X-RateLimit-Type", "QPS")));

        MeetingProviderException e = failure(() -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter())
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120)));
    }

    @Test
    void an_invalid_access_token_is_refreshed_the_rotated_refresh_token_saved_and_the_call_repeated() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(json(401, "{\"code\":124,\"message\":\"Invalid access token.\"}")));
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .withHeader("Authorization", equalTo("Bearer access-2"))
                .willReturn(json(201, CREATED)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(json(200, tokenJson("access-2", "refresh-2").replace("Bearer", "bearer"))));

        CreatedMeeting meeting = zoom.create(request(Platform.ZOOM));

        assertThat(meeting.externalMeetingId()).isEqualTo("85012345678");
        assertThat(grants.get(MENTOR, Platform.ZOOM).refreshToken()).contains("refresh-2");
        assertThat(grants.get(MENTOR, Platform.ZOOM).accessToken()).isEqualTo("access-2");
        wm.verify(
                1,
                postRequestedFor(urlPathEqualTo("/zoom/oauth/token"))
                        .withHeader(
                                "Authorization",
                                equalTo("Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("zoom-client:zoom-secret"
                                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    }

    @Test
    void a_stale_rotated_refresh_token_is_an_auth_failure() {
        grants.saveGrant(
                grant(Platform.ZOOM, "access-1", "refresh-1", Instant.now().minusSeconds(1)));
        wm.stubFor(post(urlPathEqualTo("/zoom/oauth/token"))
                .willReturn(json(400, "{\"reason\":\"Invalid Token!\",\"error\":\"invalid_request\"}")));

        MeetingProviderException e = failure(() -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("Invalid Token!");
    }

    @Test
    void a_create_that_timed_out_is_transient_but_never_retried_at_once() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(json(201, CREATED).withFixedDelay(1_500)));

        MeetingProviderException e = failure(() -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e).isInstanceOf(TransientProviderException.class).isNotInstanceOf(RetryableProviderException.class);
    }

    @Test
    void a_server_error_on_create_is_not_retried_at_once_but_on_delete_it_is() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS)).willReturn(aResponse().withStatus(502)));
        wm.stubFor(delete(urlPathEqualTo(MEETING)).willReturn(aResponse().withStatus(502)));

        assertThat(failure(() -> zoom.create(request(Platform.ZOOM))))
                .isNotInstanceOf(RetryableProviderException.class);
        assertThat(failure(() -> zoom.delete(existing()))).isInstanceOf(RetryableProviderException.class);
    }

    @Test
    void a_mentor_who_cannot_host_gets_a_permanent_failure_with_zooms_message() {
        wm.stubFor(post(urlPathEqualTo(MEETINGS))
                .willReturn(json(
                        400,
                        "{\"code\":3161,\"message\":\"Your user account "
                                + "is not allowed meeting hosting and scheduling capabilities.\"}")));

        MeetingProviderException e = failure(() -> zoom.create(request(Platform.ZOOM)));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("3161").contains("not allowed meeting hosting");
    }

    @Test
    void update_patches_start_duration_and_timezone() {
        wm.stubFor(patch(urlPathEqualTo(MEETING)).willReturn(aResponse().withStatus(204)));

        zoom.update(existing(), request(Platform.ZOOM));

        wm.verify(patchRequestedFor(urlPathEqualTo(MEETING))
                .withRequestBody(equalToJson("{\"topic\":\"Career chat\","
                        + "\"start_time\":\"2026-12-01T15:00:00Z\",\"duration\":60,\"timezone\":\"Europe/Berlin\"}")));
    }

    @Test
    void deleting_a_meeting_that_no_longer_exists_succeeds() {
        wm.stubFor(delete(urlPathEqualTo(MEETING))
                .willReturn(json(404, "{\"code\":3001,\"message\":\"Meeting does not exist: " + MEETING_ID + ".\"}")));

        zoom.delete(existing());

        wm.verify(deleteRequestedFor(urlPathEqualTo(MEETING)));
    }

    @Test
    void delete_of_an_unknown_user_is_permanent() {
        wm.stubFor(delete(urlPathEqualTo(MEETING))
                .willReturn(json(404, "{\"code\":1001,\"message\":\"User does not exist\"}")));

        assertThat(failure(() -> zoom.delete(existing())).kind()).isEqualTo(Kind.PERMANENT);
    }

    private static ExistingMeeting existing() {
        return new ExistingMeeting(Platform.ZOOM, Long.toString(MEETING_ID), MENTOR);
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
