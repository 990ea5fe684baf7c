package org.meetlinks.adapter.out.providers.zoom;

import java.time.Clock;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.oauth.AccountLookup;
import org.meetlinks.adapter.out.providers.oauth.ProviderAccount;
import org.meetlinks.adapter.out.providers.oauth.TokenSet;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/**
 * The Zoom user behind a token, from {@code GET /users/me} (Zoom's Users API; scope user:read or user:read:user):
 * email and user id, which Zoom's deauthorization event names.
 */
final class ZoomAccount implements AccountLookup {
    private final ZoomApi api;
    private final ZoomErrors errors;

    ZoomAccount(ZoomApi api, Clock clock) {
        this.api = api;
        this.errors = new ZoomErrors(clock);
    }

    @Override
    public ProviderAccount account(TokenSet tokens) {
        ZoomJson.User user;
        try {
            user = api.me("Bearer " + tokens.accessToken());
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading the connected account", true);
        }
        String email = Optional.ofNullable(user.email())
                .filter(e -> e.contains("@"))
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT, Platform.ZOOM, "Zoom did not tell the connected account's email address"));
        String id = Optional.ofNullable(user.id())
                .filter(i -> !i.isBlank())
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.PERMANENT, Platform.ZOOM, "Zoom did not tell the connected user's id"));
        return new ProviderAccount(email, id, true);
    }
}
