package org.meetlinks.adapter.out.providers.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.meetlinks.adapter.out.providers.common.RetryAfter;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** Translates an OAuth endpoint's error answer into a {@link MeetingProviderException} of the right kind. */
final class OAuthFailures {
    /** Error codes that mean the grant (code or refresh token) is dead: the mentor must connect again. */
    private static final Set<String> DEAD_GRANT = Set.of("invalid_grant", "invalid_token");
    /** Error codes that mean our own client registration is wrong: not the mentor's fault. */
    private static final Set<String> BAD_CLIENT = Set.of("invalid_client", "unauthorized_client");

    private final Platform platform;
    private final String configPrefix;
    private final Clock clock;

    OAuthFailures(Platform platform, String configPrefix, Clock clock) {
        this.platform = platform;
        this.configPrefix = configPrefix;
        this.clock = clock;
    }

    /** True when the answer says the token is already invalid (revocation then has nothing left to do). */
    boolean isDeadToken(HTTPResponse response) {
        return response.getStatusCode() >= 400 && response.getStatusCode() < 500 && isDead(error(response), response);
    }

    MeetingProviderException of(HTTPResponse response, String doing) {
        int status = response.getStatusCode();
        String provider = platform.accountName();
        if (status == 429) {
            String text = provider + " rate-limited " + doing;
            return header(response, "Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock))
                    .map(pause -> new MeetingProviderException(Kind.RATE_LIMITED, platform, text, pause, null))
                    .orElseGet(() -> new MeetingProviderException(Kind.RATE_LIMITED, platform, text));
        }
        if (status >= 500) {
            return new TransientProviderException(
                    platform, provider + " OAuth server failed (HTTP " + status + ") " + doing, null);
        }
        ErrorObject error = error(response);
        String explanation = Optional.ofNullable(error.getDescription())
                .or(() -> Optional.ofNullable(error.getCustomParams()).map(p -> p.get("reason")))
                .orElse("");
        String detail = (error.getCode() == null ? "HTTP " + status : error.getCode())
                + (explanation.isBlank() ? "" : " (" + explanation + ")");
        if (error.getCode() != null && BAD_CLIENT.contains(error.getCode())) {
            return new MeetingProviderException(
                    Kind.PERMANENT,
                    platform,
                    provider + " rejected our OAuth client " + doing + ": " + detail + "; check " + configPrefix
                            + ".client-id and .client-secret");
        }
        if (isDead(error, response)) {
            return new MeetingProviderException(
                    Kind.AUTH,
                    platform,
                    provider + " refused the grant " + doing + ": " + detail + "; the " + provider
                            + " account must be connected again");
        }
        return new MeetingProviderException(Kind.PERMANENT, platform, provider + " refused " + doing + ": " + detail);
    }

    private static boolean isDead(ErrorObject error, HTTPResponse response) {
        if (error.getCode() != null && DEAD_GRANT.contains(error.getCode())) {
            return true;
        }
        // Zoom answers a stale (rotated) refresh token with {"reason":"Invalid Token!","error":"invalid_request"}.
        String body = response.getBody() == null ? "" : response.getBody().toLowerCase(Locale.ROOT);
        return body.contains("invalid token");
    }

    private static ErrorObject error(HTTPResponse response) {
        try {
            return TokenErrorResponse.parse(response).getErrorObject();
        } catch (ParseException e) {
            return new ErrorObject(null, "unreadable error answer: " + e.getMessage(), response.getStatusCode());
        }
    }

    private static Optional<String> header(HTTPResponse response, String name) {
        return Optional.ofNullable(response.getHeaderValue(name));
    }
}
