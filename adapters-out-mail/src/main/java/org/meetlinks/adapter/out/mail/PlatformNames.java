package org.meetlinks.adapter.out.mail;

import java.util.Optional;
import org.meetlinks.domain.Platform;

/** How platforms and accounts are named in emails and invites. */
final class PlatformNames {
    private PlatformNames() {
    }

    /** The meeting product, e.g. "Google Meet". */
    static String meeting(Optional<Platform> platform) {
        return platform.map(p -> switch (p) {
            case GOOGLE_MEET -> "Google Meet";
            case ZOOM -> "Zoom";
            case MANUAL -> "video meeting";
        }).orElse("video meeting");
    }

    /** The label of the conference link in an invite, e.g. "Join the Zoom meeting". */
    static String joinLabel(Optional<Platform> platform) {
        return platform.map(p -> switch (p) {
            case GOOGLE_MEET -> "Join with Google Meet";
            case ZOOM -> "Join the Zoom meeting";
            case MANUAL -> "Join the video meeting";
        }).orElse("Join the video meeting");
    }

    /** The account a mentor connects, e.g. "Google". */
    static String account(Optional<Platform> platform) {
        return platform.map(p -> switch (p) {
            case GOOGLE_MEET -> "Google";
            case ZOOM -> "Zoom";
            case MANUAL -> "video platform";
        }).orElse("video platform");
    }
}
