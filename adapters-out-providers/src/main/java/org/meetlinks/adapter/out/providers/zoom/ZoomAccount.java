package org.meetlinks.adapter.out.providers.zoom;

import java.time.Clock;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.oauth.AccountEmailLookup;
import org.meetlinks.adapter.out.providers.oauth.TokenSet;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.domain.Platform;

/** The Zoom account's email, from {@code GET /users/me} (Zoom's Users API; scope user:read:user). */
final class ZoomAccountEmail implements AccountEmailLookup {
    private final ZoomApi api;
    private final ZoomErrors errors;

    ZoomAccountEmail(ZoomApi api, Clock clock) {
        this.api = api;
        this.errors = new ZoomErrors(clock);
    }

    @Override
    public String accountEmail(TokenSet tokens) {
        ZoomJson.User user;
        try {
            user = api.me("Bearer " + tokens.accessToken());
        } catch (RuntimeException e) {
            throw errors.translate(e, "reading the connected account", true);
        }
        return Optional.ofNullable(user.email()).filter(e -> e.contains("@"))
                .orElseThrow(() -> new MeetingProviderException(Kind.PERMANENT, Platform.ZOOM,
                        "Zoom did not tell the connected account's email address"));
    }
}
