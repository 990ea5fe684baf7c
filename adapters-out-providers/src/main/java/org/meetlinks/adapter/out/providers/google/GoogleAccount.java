package org.meetlinks.adapter.out.providers.google;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.lang.System.Logger.Level;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.oauth.AccountEmailLookup;
import org.meetlinks.adapter.out.providers.oauth.TokenSet;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/**
 * The Google account's email: the id of {@code GET /calendars/primary} (scope calendar.calendars.readonly), or the
 * ID token's {@code email} claim when the token endpoint sent one (only if {@code openid email} is configured;
 * taken straight from the token endpoint over TLS, so not re-verified).
 */
final class GoogleAccountEmail implements AccountEmailLookup {
    private static final System.Logger LOG = System.getLogger(GoogleAccountEmail.class.getName());

    private final GoogleCalendarApi api;
    private final GoogleErrors errors;

    GoogleAccountEmail(GoogleCalendarApi api, Clock clock) {
        this.api = api;
        this.errors = new GoogleErrors(clock);
    }

    @Override
    public String accountEmail(TokenSet tokens) {
        return tokens.idToken().flatMap(GoogleAccountEmail::emailClaim).orElseGet(() -> primaryCalendarId(tokens));
    }

    private static Optional<String> emailClaim(String idToken) {
        try {
            JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
            return Optional.ofNullable(claims.getStringClaim("email")).filter(e -> e.contains("@"));
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Google sent an unreadable ID token ({0}); asking the Calendar API instead", e.getMessage());
            return Optional.empty();
        }
    }

    private String primaryCalendarId(TokenSet tokens) {
        GoogleJson.CalendarResource calendar;
        try {
            calendar = api.getCalendar("Bearer " + tokens.accessToken(), GoogleMeetClient.PRIMARY);
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading the connected account's primary calendar");
        }
        return Optional.ofNullable(calendar.id()).filter(id -> id.contains("@"))
                .orElseThrow(() -> new MeetingProviderException(Kind.PERMANENT, Platform.GOOGLE_MEET,
                        "Google did not tell the connected account's email address"));
    }
}
