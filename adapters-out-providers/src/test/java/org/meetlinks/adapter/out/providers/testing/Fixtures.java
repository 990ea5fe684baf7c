package org.meetlinks.adapter.out.providers.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.google.ConferenceWait;
import org.meetlinks.adapter.out.providers.google.GoogleParts;
import org.meetlinks.adapter.out.providers.oauth.ClientCredentials;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;
import org.meetlinks.adapter.out.providers.wiring.ProviderSettings;
import org.meetlinks.adapter.out.providers.zoom.ZoomParts;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Settings pointing at a WireMock server laid out like the provider simulator, plus requests and grants. */
public final class Fixtures {
    public static final MentorId MENTOR = new MentorId("m-1");
    public static final SessionId SESSION = new SessionId("s-123");
    public static final Instant STARTS = Instant.parse("2026-12-01T15:00:00Z");
    public static final Instant ENDS = Instant.parse("2026-12-01T16:00:00Z");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final HttpTimeouts TIMEOUTS = HttpTimeouts.ofMillis(1_000, 1_000);

    private Fixtures() {}

    /** Google's parts with a conference wait of 1.5 s. */
    public static final GoogleParts GOOGLE = new GoogleParts(ConferenceWait.ofBudget(Duration.ofMillis(1_500)));

    public static final ZoomParts ZOOM = new ZoomParts();

    public static ProviderSettings google(String base) {
        return new ProviderSettings(
                URI.create(base + "/google/calendar/v3"), googleOAuth(base), TIMEOUTS, Duration.ofSeconds(60));
    }

    public static OAuthSettings googleOAuth(String base) {
        return new OAuthSettings(
                Platform.GOOGLE_MEET,
                "meetlinks.google",
                OAuthDialect.GOOGLE,
                URI.create(base + "/google/o/oauth2/v2/auth"),
                URI.create(base + "/google/token"),
                URI.create(base + "/google/revoke"),
                new ClientCredentials("google-client", "google-secret"),
                URI.create("http://localhost:9080/oauth/google/callback"),
                List.of(
                        "https://www.googleapis.com/auth/calendar.events",
                        "https://www.googleapis.com/auth/calendar.calendars.readonly"),
                TIMEOUTS);
    }

    public static ProviderSettings zoom(String base) {
        return new ProviderSettings(URI.create(base + "/zoom/v2"), zoomOAuth(base), TIMEOUTS, Duration.ofSeconds(60));
    }

    public static OAuthSettings zoomOAuth(String base) {
        return new OAuthSettings(
                Platform.ZOOM,
                "meetlinks.zoom",
                OAuthDialect.ZOOM,
                URI.create(base + "/zoom/oauth/authorize"),
                URI.create(base + "/zoom/oauth/token"),
                URI.create(base + "/zoom/oauth/revoke"),
                new ClientCredentials("zoom-client", "zoom-secret"),
                URI.create("http://localhost:9080/oauth/zoom/callback"),
                List.of(),
                TIMEOUTS);
    }

    public static final String MENTEE_NAME = "Bo Chen";
    public static final String JOIN_URL = "https://links.example.org/join/tok-123";

    /** A first create (no earlier one whose outcome is unknown) with 20 s to go. */
    public static MeetingRequest request(Platform platform) {
        return request(platform, "Career chat", false);
    }

    /** A create after an earlier one whose answer never came: the meeting may exist already. */
    public static MeetingRequest retryOfUnansweredCreate(Platform platform) {
        return request(platform, "Career chat", true);
    }

    public static MeetingRequest request(Platform platform, String topic, boolean meetingMayExist) {
        return new MeetingRequest(
                platform,
                MENTOR,
                SESSION,
                topic,
                MENTEE_NAME,
                JOIN_URL,
                STARTS,
                ENDS,
                BERLIN,
                Instant.now().plusSeconds(20),
                meetingMayExist);
    }

    public static ProviderGrant grant(Platform platform, String accessToken, String refreshToken, Instant expiresAt) {
        return new ProviderGrant(MENTOR, platform, "ada@example.org", accessToken, refreshToken, expiresAt, "scopes");
    }

    /** Scopes that grant everything both adapters need (Google's two Calendar scopes, Zoom's classic ones). */
    public static final String ALL_NEEDED_SCOPES = "https://www.googleapis.com/auth/calendar.events "
            + "https://www.googleapis.com/auth/calendar.calendars.readonly meeting:write meeting:read user:read";

    /** A token endpoint answer granting every needed scope. */
    public static String tokenJson(String accessToken, String refreshToken) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3599,"
                + "\"scope\":\"" + ALL_NEEDED_SCOPES + "\""
                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}";
    }
}
