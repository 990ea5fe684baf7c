package org.meetlinks.adapter.in.rest;

/** Example bodies shown in the OpenAPI document (/openapi). */
final class ApiExamples {
    static final String BOOKING_CONFIRMED = """
            {"type":"BookingConfirmed","eventId":"9b2f6c1e-1111-4c1b-9a51-0c1d2e3f4a5b","sessionId":"s-123",
             "mentor":{"id":"m-1","name":"Ada","email":"ada@example.org","timeZone":"Europe/Berlin"},
             "mentee":{"id":"e-9","name":"Bo","email":"bo@example.org"},
             "startsAt":"2026-12-01T15:00:00Z","endsAt":"2026-12-01T16:00:00Z",
             "timeZone":"Europe/Berlin","topic":"Career chat"}""";
    static final String BOOKING_OUTCOME = """
            {"eventId":"9b2f6c1e-1111-4c1b-9a51-0c1d2e3f4a5b","sessionId":"s-123","duplicate":false,"result":"APPLIED",
             "meetingLink":{"sessionId":"s-123","joinUrl":"https://links.example.org/join/JC9DzmsFyWXtEE3xNpmZbDEta_n9ktjZ8s88oQFtC60",
             "url":"https://meet.google.com/abc-defg-hij","platform":"GOOGLE_MEET","status":"ACTIVE","creatorId":"m-1"}}""";
    static final String MEETING_LINK = """
            {"sessionId":"s-123","joinUrl":"https://links.example.org/join/JC9DzmsFyWXtEE3xNpmZbDEta_n9ktjZ8s88oQFtC60",
             "status":"AWAITING_MANUAL_LINK","failureReason":"the mentor has not connected Google or Zoom"}""";
    static final String MANUAL_LINK = "{\"url\":\"https://whereby.com/ada-lovelace\"}";
    static final String PROBLEM_FIELD = """
            {"type":"about:blank","title":"Malformed booking event","status":400,"field":"mentor.email",
             "detail":"mentor.email: mentor.email must be an email address"}""";
    static final String CONNECTIONS = """
            [{"provider":"google","platform":"GOOGLE_MEET","status":"CONNECTED","accountEmail":"ada@example.org",
              "reason":"Google Meet is turned off for this Google account: ask your Workspace admin, or use Zoom",
              "meetingsAllowed":false},
             {"provider":"zoom","platform":"ZOOM","status":"NEEDS_RECONNECT","accountEmail":"ada@example.org",
              "reason":"Zoom no longer accepts meetlinks' access (it expired or was revoked)","meetingsAllowed":true}]""";
    static final String AUTHORIZATION = """
            {"authorizationUrl":"https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=...&state=...&code_challenge=...&code_challenge_method=S256&access_type=offline"}""";
    static final String PREFERENCE = "{\"defaultPlatform\":\"ZOOM\"}";

    private ApiExamples() {}
}
