package org.meetlinks.adapter.out.providers.google;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.lang.System.Logger.Level;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.oauth.AccountLookup;
import org.meetlinks.adapter.out.providers.oauth.ProviderAccount;
import org.meetlinks.adapter.out.providers.oauth.TokenSet;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/**
 * The Google account behind a token, from {@code GET /calendars/primary} (scope calendar.calendars.readonly): its id
 * is the account's email, and {@code conferenceProperties.allowedConferenceSolutionTypes} says whether Google Meet
 * is allowed (a Workspace admin can turn it off). The ID token's {@code email} claim wins when the token endpoint
 * sent one (only if {@code openid email} is configured; taken straight from the token endpoint over TLS).
 */
final class GoogleAccount implements AccountLookup {
    private static final System.Logger LOG = System.getLogger(GoogleAccount.class.getName());

    private final GoogleCalendarApi api;
    private final GoogleErrors errors;

    GoogleAccount(GoogleCalendarApi api, Clock clock) {
        this.api = api;
        this.errors = new GoogleErrors(clock);
    }

    @Override
    public ProviderAccount account(TokenSet tokens) {
        GoogleJson.CalendarResource calendar = primaryCalendar("Bearer " + tokens.accessToken(), api, errors);
        String calendarId = Optional.ofNullable(calendar.id())
                .filter(id -> id.contains("@"))
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT,
                        Platform.GOOGLE_MEET,
                        "Google did not tell the connected account's email address"));
        String email = tokens.idToken().flatMap(GoogleAccount::emailClaim).orElse(calendarId);
        return new ProviderAccount(email, calendarId, allowsMeet(calendar));
    }

    /** Reads the primary calendar with the given Authorization header value. */
    static GoogleJson.CalendarResource primaryCalendar(
            String authorization, GoogleCalendarApi api, GoogleErrors errors) {
        try {
            return api.getCalendar(authorization, GoogleMeetClient.PRIMARY);
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading the connected account's primary calendar");
        }
    }

    /** Whether the calendar allows Meet conferences; a calendar that does not say is taken to allow them. */
    static boolean allowsMeet(GoogleJson.CalendarResource calendar) {
        return Optional.ofNullable(calendar.conferenceProperties())
                .map(GoogleJson.ConferenceProperties::allowedConferenceSolutionTypes)
                .map(types -> types.contains(GoogleEventBodies.HANGOUTS_MEET))
                .orElse(true);
    }

    private static Optional<String> emailClaim(String idToken) {
        try {
            JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
            return Optional.ofNullable(claims.getStringClaim("email")).filter(e -> e.contains("@"));
        } catch (ParseException e) {
            LOG.log(
                    Level.WARNING,
                    "Google sent an unreadable ID token ({0}); using the calendar id instead",
                    e.getMessage());
            return Optional.empty();
        }
    }
}
