package org.meetlinks.adapter.out.mail;

import java.util.Arrays;
import java.util.Optional;
import org.meetlinks.domain.Platform;

/**
 * How platforms and accounts are named in emails and invites: the domain's names for the providers, and the emails'
 * own wording where there is no provider (a link added by hand, or no link yet), which reads as "video meeting".
 */
final class PlatformNames {
    private PlatformNames() {}

    /** The meeting product, e.g. "Google Meet"; "video meeting" without a provider. */
    static String meeting(Optional<Platform> platform) {
        return provider(platform).map(Platform::displayName).orElse("video meeting");
    }

    /** The label of the conference link in an invite, e.g. "Join the Zoom meeting". */
    static String joinLabel(Optional<Platform> platform) {
        return provider(platform)
                .map(p -> p == Platform.GOOGLE_MEET
                        ? "Join with " + p.displayName()
                        : "Join the " + p.displayName() + " meeting")
                .orElse("Join the video meeting");
    }

    /** The account a mentor connects, e.g. "Google"; "video platform" without a provider. */
    static String account(Optional<Platform> platform) {
        return provider(platform).map(Platform::accountName).orElse("video platform");
    }

    /** The meetings of a provider other than this one, e.g. "Zoom" for Google; "another video platform" otherwise. */
    static String otherMeeting(Optional<Platform> platform) {
        return provider(platform)
                .flatMap(p -> Arrays.stream(Platform.values())
                        .filter(o -> o.isProvider() && o != p)
                        .findFirst())
                .map(Platform::displayName)
                .orElse("another video platform");
    }

    private static Optional<Platform> provider(Optional<Platform> platform) {
        return platform.filter(Platform::isProvider);
    }
}
