package org.meetlinks.application.service;

import org.meetlinks.domain.Platform;

/** What the mentor page and the connections API say about a connection that cannot make meetings. */
final class ConnectionTexts {
    private ConnectionTexts() {}

    /** The account's admin turned its video meetings off. */
    static String meetingsTurnedOff(Platform platform) {
        return platform == Platform.GOOGLE_MEET
                ? "Google Meet is turned off for this Google account: ask your Workspace admin, or use Zoom"
                : "Zoom meetings are turned off for this Zoom account: ask your Zoom admin, or use Google Meet";
    }
}
