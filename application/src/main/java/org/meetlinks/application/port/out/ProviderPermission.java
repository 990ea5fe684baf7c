package org.meetlinks.application.port.out;

import org.meetlinks.domain.Platform;

/**
 * What meetlinks needs a mentor's Google or Zoom account to allow. A mentor can withhold one on the provider's
 * consent page; the connection is then refused and the mentor page names the permission (by its fixed code).
 */
public enum ProviderPermission {
    /** Create, change and delete the session events (with their Meet conference) in the primary calendar. */
    GOOGLE_CALENDAR_EVENTS(Platform.GOOGLE_MEET, "google-calendar-events"),
    /** Read the primary calendar's settings: the account's address and whether Google Meet is allowed. */
    GOOGLE_CALENDAR_SETTINGS(Platform.GOOGLE_MEET, "google-calendar-settings"),
    /** Create meetings. */
    ZOOM_MEETINGS_CREATE(Platform.ZOOM, "zoom-meetings-create"),
    /** Move meetings when a session is rescheduled. */
    ZOOM_MEETINGS_UPDATE(Platform.ZOOM, "zoom-meetings-update"),
    /** Delete meetings when a session is cancelled. */
    ZOOM_MEETINGS_DELETE(Platform.ZOOM, "zoom-meetings-delete"),
    /** List meetings, to find one an interrupted create made. */
    ZOOM_MEETINGS_LIST(Platform.ZOOM, "zoom-meetings-list"),
    /** Read the user's profile: the account's address and Zoom user id. */
    ZOOM_PROFILE(Platform.ZOOM, "zoom-profile");

    private final Platform platform;
    private final String code;

    ProviderPermission(Platform platform, String code) {
        this.platform = platform;
        this.code = code;
    }

    public Platform platform() {
        return platform;
    }

    /** The fixed code used in URLs (the mentor page turns it into words). */
    public String code() {
        return code;
    }
}
