package org.meetlinks.adapter.out.providers.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.MENTOR;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.SESSION;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.grant;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.request;
import static org.meetlinks.adapter.out.providers.testing.Fixtures.tokenJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.RetryableProviderException;
import org.meetlinks.adapter.out.providers.testing.Fixtures;
import org.meetlinks.adapter.out.providers.testing.InMemoryGrants;
import org.meetlinks.adapter.out.providers.wiring.ProviderWiring;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** Google Meet through a stubbed Calendar API: creation, pending conferences, duplicates, errors and tokens. */
class GoogleMeetClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String EVENTS = "/google/calendar/v3/calendars/primary/events";
    private static final String EVENT_ID = GoogleEventIds.eventId(SESSION);
    private static final String EVENT = EVENTS + "/" + EVENT_ID;

    private final InMemoryGrants grants = new InMemoryGrants();
    private PlatformMeetings google;

    @BeforeEach
    void connectMentor() {
        grants.saveGrant(grant(
                Platform.GOOGLE_MEET, "access-1", "refresh-1", Instant.now().plusSeconds(3_000)));
        google = ProviderWiring.create(
                        Fixtures.GOOGLE, Fixtures.google(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .meetings();
    }

    @Test
    void creates_the_event_with_a_meet_conference_and_returns_its_link() {
        wm.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson(event("success"))));

        CreatedMeeting meeting = google.create(request(Platform.GOOGLE_MEET));

        assertThat(meeting.url().value()).isEqualTo("https://meet.google.com/abc-defg-hij");
        assertThat(meeting.externalMeetingId()).isEqualTo(EVENT_ID);
        assertThat(meeting.creatorId()).isEqualTo(MENTOR.value());
        wm.verify(postRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("conferenceDataVersion", equalTo("1"))
                .withQueryParam("sendUpdates", equalTo("none"))
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .withRequestBody(matchingJsonPath("$.id", equalTo(EVENT_ID)))
                .withRequestBody(matchingJsonPath("$.summary", equalTo("Career chat")))
                .withRequestBody(matchingJsonPath(
                        "$.description",
                        equalTo("Mentoring session with Bo Chen\n\n"
                                + "Join the video meeting: https://links.example.org/join/tok-123\n"
                                + "This join link always leads to the session's current meeting.")))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-01T16:00:00+01:00")))
                .withRequestBody(matchingJsonPath("$.start.timeZone", equalTo("Europe/Berlin")))
                .withRequestBody(matchingJsonPath("$.end.dateTime", equalTo("2026-12-01T17:00:00+01:00")))
                .withRequestBody(matchingJsonPath(
                        "$.conferenceData.createRequest.requestId",
                        equalTo(GoogleEventIds.conferenceRequestId(SESSION))))
                .withRequestBody(matchingJsonPath(
                        "$.conferenceData.createRequest.conferenceSolutionKey.type", equalTo("hangoutsMeet"))));
    }

    @Test
    void reads_the_pending_conference_again_until_it_succeeds() {
        wm.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson(event("pending"))));
        wm.stubFor(get(urlPathEqualTo(EVENT))
                .inScenario("conference")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson(event("pending")))
                .willSetStateTo("ready"));
        wm.stubFor(get(urlPathEqualTo(EVENT))
                .inScenario("conference")
                .whenScenarioStateIs("ready")
                .willReturn(okJson(event("success"))));

        CreatedMeeting meeting = google.create(request(Platform.GOOGLE_MEET));

        assertThat(meeting.url().value()).isEqualTo("https://meet.google.com/abc-defg-hij");
        wm.verify(2, getRequestedFor(urlPathEqualTo(EVENT)));
    }

    @Test
    void a_conference_still_pending_after_the_wait_is_transient_and_safe_to_repeat() {
        GoogleParts shortWait = new GoogleParts(
                new ConferenceWait(Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(100)));
        google = ProviderWiring.create(shortWait, Fixtures.google(wm.baseUrl()), grants, grants, Clock.systemUTC())
                .meetings();
        wm.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson(event("pending"))));
        wm.stubFor(get(urlPathEqualTo(EVENT)).willReturn(okJson(event("pending"))));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e)
                .as("the next attempt finds the event by its id and reads it again")
                .isInstanceOf(RetryableProviderException.class);
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    @Test
    void a_failed_conference_is_permanent() {
        wm.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson(event("failure"))));

        assertThat(failure(() -> google.create(request(Platform.GOOGLE_MEET))).kind())
                .isEqualTo(Kind.PERMANENT);
    }

    @Test
    void an_event_made_by_an_earlier_attempt_is_read_and_used() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .willReturn(googleError(409, "global", "duplicate", "The requested identifier already exists.")));
        wm.stubFor(get(urlPathEqualTo(EVENT)).willReturn(okJson(event("success"))));

        CreatedMeeting meeting = google.create(request(Platform.GOOGLE_MEET));

        assertThat(meeting.externalMeetingId()).isEqualTo(EVENT_ID);
        assertThat(meeting.url().value()).isEqualTo("https://meet.google.com/abc-defg-hij");
    }

    @Test
    void server_errors_are_transient_and_safe_to_retry() {
        wm.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e).isInstanceOf(RetryableProviderException.class);
    }

    @Test
    void too_many_requests_is_rate_limited_with_the_retry_after_delay() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .willReturn(googleError(429, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded")
                        .withHeader("Retry-After", "30")));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void forbidden_with_a_usage_limit_reason_is_rate_limited() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .willReturn(googleError(403, "usageLimits", "userRateLimitExceeded", "User Rate Limit Exceeded")));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void other_client_errors_are_permanent_with_googles_message() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .willReturn(googleError(
                        403,
                        "calendar",
                        "forbiddenForNonOrganizer",
                        "Shared properties can only be changed by the organizer of the event.")));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("403").contains("can only be changed by the organizer");
    }

    @Test
    void an_unreachable_api_is_transient_and_safe_to_retry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        google = ProviderWiring.create(
                        Fixtures.GOOGLE,
                        Fixtures.google("http://127.0.0.1:" + closedPort),
                        grants,
                        grants,
                        Clock.systemUTC())
                .meetings();

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e).isInstanceOf(RetryableProviderException.class);
    }

    @Test
    void a_rejected_token_is_refreshed_once_and_the_call_repeated() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(googleError(401, "global", "authError", "Invalid Credentials")));
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", equalTo("Bearer access-2"))
                .willReturn(okJson(event("success"))));
        wm.stubFor(post(urlPathEqualTo("/google/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(okJson(tokenJson("access-2", null))));

        CreatedMeeting meeting = google.create(request(Platform.GOOGLE_MEET));

        assertThat(meeting.externalMeetingId()).isEqualTo(EVENT_ID);
        wm.verify(
                1, postRequestedFor(urlPathEqualTo("/google/token")).withHeader("Authorization", containing("Basic ")));
        assertThat(grants.get(MENTOR, Platform.GOOGLE_MEET).accessToken()).isEqualTo("access-2");
        assertThat(grants.get(MENTOR, Platform.GOOGLE_MEET).refreshToken()).contains("refresh-1");
    }

    @Test
    void a_token_rejected_even_after_a_refresh_is_an_auth_failure() {
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .willReturn(googleError(401, "global", "authError", "Invalid Credentials")));
        wm.stubFor(post(urlPathEqualTo("/google/token")).willReturn(okJson(tokenJson("access-2", null))));

        assertThat(failure(() -> google.create(request(Platform.GOOGLE_MEET))).kind())
                .isEqualTo(Kind.AUTH);
        wm.verify(2, postRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void a_revoked_refresh_token_is_an_auth_failure() {
        grants.saveGrant(grant(
                Platform.GOOGLE_MEET, "access-1", "refresh-1", Instant.now().minusSeconds(10)));
        wm.stubFor(
                post(urlPathEqualTo("/google/token"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}")));

        MeetingProviderException e = failure(() -> google.create(request(Platform.GOOGLE_MEET)));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        wm.verify(0, postRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void a_token_about_to_expire_is_refreshed_before_the_call() {
        grants.saveGrant(grant(
                Platform.GOOGLE_MEET, "access-1", "refresh-1", Instant.now().plusSeconds(30)));
        wm.stubFor(post(urlPathEqualTo("/google/token")).willReturn(okJson(tokenJson("access-2", null))));
        wm.stubFor(post(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", equalTo("Bearer access-2"))
                .willReturn(okJson(event("success"))));

        google.create(request(Platform.GOOGLE_MEET));

        wm.verify(1, postRequestedFor(urlPathEqualTo(EVENTS)));
        assertThat(grants.get(MENTOR, Platform.GOOGLE_MEET).accessExpiresAt())
                .isAfter(Instant.now().plusSeconds(3_000));
    }

    @Test
    void a_mentor_without_a_grant_gets_an_auth_failure() {
        grants.forgetGrant(MENTOR, Platform.GOOGLE_MEET);

        assertThat(failure(() -> google.create(request(Platform.GOOGLE_MEET))).kind())
                .isEqualTo(Kind.AUTH);
    }

    @Test
    void update_patches_times_and_summary_without_notifying_guests() {
        wm.stubFor(patch(urlPathEqualTo(EVENT)).willReturn(okJson(event("success"))));

        google.update(new ExistingMeeting(Platform.GOOGLE_MEET, EVENT_ID, MENTOR), request(Platform.GOOGLE_MEET));

        wm.verify(patchRequestedFor(urlPathEqualTo(EVENT))
                .withQueryParam("sendUpdates", equalTo("none"))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-01T16:00:00+01:00")))
                .withRequestBody(matchingJsonPath("$.summary", equalTo("Career chat"))));
    }

    @Test
    void deleting_an_event_that_is_already_gone_succeeds() {
        wm.stubFor(delete(urlPathEqualTo(EVENT))
                .willReturn(googleError(410, "global", "deleted", "Resource has been deleted")));

        google.delete(new ExistingMeeting(Platform.GOOGLE_MEET, EVENT_ID, MENTOR));

        wm.verify(deleteRequestedFor(urlPathEqualTo(EVENT)).withQueryParam("sendUpdates", equalTo("none")));
    }

    @Test
    void delete_failures_are_reported() {
        wm.stubFor(delete(urlPathEqualTo(EVENT)).willReturn(aResponse().withStatus(500)));

        assertThat(failure(() -> google.delete(new ExistingMeeting(Platform.GOOGLE_MEET, EVENT_ID, MENTOR)))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    static MeetingProviderException failure(Runnable call) {
        MeetingProviderException e = catchThrowableOfType(MeetingProviderException.class, call::run);
        assertThat(e).as("expected a MeetingProviderException").isNotNull();
        assertThat(e.platform()).isEqualTo(Platform.GOOGLE_MEET);
        return e;
    }

    private static String event(String status) {
        String ready = status.equals("success")
                ? ",\"hangoutLink\":\"https://meet.google.com/abc-defg-hij\","
                        + "\"conferenceData\":{\"conferenceId\":\"abc-defg-hij\",\"entryPoints\":[{\"entryPointType\":\"video\","
                        + "\"uri\":\"https://meet.google.com/abc-defg-hij\",\"label\":\"meet.google.com/abc-defg-hij\"}],"
                : ",\"conferenceData\":{";
        return "{\"id\":\"" + EVENT_ID + "\",\"status\":\"confirmed\"" + ready
                + "\"createRequest\":{\"requestId\":\"r\",\"conferenceSolutionKey\":{\"type\":\"hangoutsMeet\"},"
                + "\"status\":{\"statusCode\":\"" + status + "\"}}}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder googleError(
            int status, String domain, String reason, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"errors\":[{\"domain\":\"" + domain + "\",\"reason\":\"" + reason
                        + "\",\"message\":\"" + message + "\"}],\"code\":" + status + ",\"message\":\"" + message
                        + "\"}}");
    }
}
