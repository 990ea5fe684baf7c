package org.meetlinks.adapter.out.providers.oauth;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.meetlinks.adapter.out.providers.common.ProviderHttpException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.MentorId;

/**
 * Runs an API call with the mentor's bearer token, all of it (a token refresh included) by a deadline; on 401
 * refreshes once and repeats, then gives up with AUTH.
 */
public final class AuthorizedCalls {
    private static final System.Logger LOG = System.getLogger(AuthorizedCalls.class.getName());

    private final AccessTokens tokens;

    public AuthorizedCalls(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** @param call receives the {@code Authorization} header value ("Bearer ...") */
    public <T> T call(MentorId owner, Instant deadline, Function<String, T> call) {
        String token = tokens.accessToken(owner, deadline);
        try {
            return call.apply(bearer(token));
        } catch (ProviderHttpException e) {
            if (e.status() != 401) {
                throw e;
            }
            LOG.log(
                    Level.INFO,
                    "{0} rejected the access token of mentor {1}; refreshing it once",
                    tokens.platform(),
                    owner);
        }
        String replacement = tokens.replaceRejected(owner, token, deadline);
        try {
            return call.apply(bearer(replacement));
        } catch (ProviderHttpException e) {
            if (e.status() == 401) {
                throw new MeetingProviderException(
                        Kind.AUTH,
                        tokens.platform(),
                        "the provider rejected the access token even after a refresh; the account must be connected again",
                        e);
            }
            throw e;
        }
    }

    public void run(MentorId owner, Instant deadline, Consumer<String> call) {
        call(owner, deadline, authorization -> {
            call.accept(authorization);
            return Boolean.TRUE;
        });
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
