package org.meetlinks.adapter.out.providers.zoom;

import java.util.Map;
import java.util.Set;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;
import org.meetlinks.application.port.out.ProviderPermission;

/**
 * The Zoom scopes that allow what the Zoom adapter does, classic or granular (the operations' scope lists in Zoom's
 * Meetings spec; GET /users/me from Zoom's Users API). They come from the Marketplace app's configuration.
 */
final class ZoomScopes {
    static final NeededScopes NEEDED = new NeededScopes(Map.of(
            ProviderPermission.ZOOM_MEETINGS_CREATE,
            Set.of("meeting:write", "meeting:write:admin", "meeting:write:meeting", "meeting:write:meeting:admin"),
            ProviderPermission.ZOOM_MEETINGS_UPDATE,
            Set.of("meeting:write", "meeting:write:admin", "meeting:update:meeting", "meeting:update:meeting:admin"),
            ProviderPermission.ZOOM_MEETINGS_DELETE,
            Set.of("meeting:write", "meeting:write:admin", "meeting:delete:meeting", "meeting:delete:meeting:admin"),
            ProviderPermission.ZOOM_MEETINGS_LIST,
            Set.of(
                    "meeting:read",
                    "meeting:read:admin",
                    "meeting:read:list_meetings",
                    "meeting:read:list_meetings:admin"),
            ProviderPermission.ZOOM_PROFILE,
            Set.of(
                    "user:read",
                    "user:write",
                    "user:read:admin",
                    "user:write:admin",
                    "user:read:user",
                    "user:read:user:admin")));

    private ZoomScopes() {}
}
