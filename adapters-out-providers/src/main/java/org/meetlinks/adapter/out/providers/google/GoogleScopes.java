package org.meetlinks.adapter.out.providers.google;

import java.util.Map;
import java.util.Set;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;
import org.meetlinks.application.port.out.ProviderPermission;

/** The Calendar scopes that allow what the Google adapter does (the operations' scope lists in the Calendar spec). */
final class GoogleScopes {
    private static final String AUTH = "https://www.googleapis.com/auth/";

    /** calendar.app.created is left out: it covers only calendars the app created, not the primary one. */
    static final NeededScopes NEEDED = new NeededScopes(Map.of(
            ProviderPermission.GOOGLE_CALENDAR_EVENTS,
            Set.of(AUTH + "calendar", AUTH + "calendar.events", AUTH + "calendar.events.owned"),
            ProviderPermission.GOOGLE_CALENDAR_SETTINGS,
            Set.of(
                    AUTH + "calendar",
                    AUTH + "calendar.readonly",
                    AUTH + "calendar.calendars",
                    AUTH + "calendar.calendars.readonly")));

    private GoogleScopes() {}
}
