package org.meetlinks.adapter.out.mail;

import java.util.Arrays;
import java.util.Optional;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.Platform;

/**
 * How platforms and accounts are named in emails and invites: the domain's names for the providers, and the emails'
 * own wording where there is no provider (a link added by hand, or no link yet), which reads as "video meeting".
 */
final class PlatformNames {
    private static final PlatformNames NO_PROVIDER = new PlatformNames(null);

    private final Optional<Platform> provider;

    /** @param providerOrNone the provider, or null for the names without one */
    private PlatformNames(Platform providerOrNone) {
        this.provider = Optional.ofNullable(providerOrNone);
    }

    /** The names for {@code platform}; a link added by hand has no provider. */
    static PlatformNames of(Platform platform) {
        return platform.isProvider() ? new PlatformNames(platform) : NO_PROVIDER;
    }

    /** The emails' own words, for no link or no provider yet. */
    static PlatformNames noProvider() {
        return NO_PROVIDER;
    }

    /** The names for the platform of a session's link. */
    static PlatformNames ofLink(SharedLink link) {
        return link.platform().map(PlatformNames::of).orElse(NO_PROVIDER);
    }

    /** The names for the provider account a notification is about (reconnect it; its meetings are turned off). */
    static PlatformNames concerning(OutgoingNotification notification) {
        return notification.platform().map(PlatformNames::of).orElse(NO_PROVIDER);
    }

    /** The meeting product, e.g. "Google Meet"; "video meeting" without a provider. */
    String meeting() {
        return provider.map(Platform::displayName).orElse("video meeting");
    }

    /** The label of the conference link in an invite, e.g. "Join the Zoom meeting". */
    String joinLabel() {
        return provider.map(p -> p == Platform.GOOGLE_MEET
                        ? "Join with " + p.displayName()
                        : "Join the " + p.displayName() + " meeting")
                .orElse("Join the video meeting");
    }

    /** The account a mentor connects, e.g. "Google"; "video platform" without a provider. */
    String account() {
        return provider.map(Platform::accountName).orElse("video platform");
    }

    /** The meetings of a provider other than this one, e.g. "Zoom" for Google; "another video platform" otherwise. */
    String otherMeeting() {
        return provider.flatMap(p -> Arrays.stream(Platform.values())
                        .filter(o -> o.isProvider() && o != p)
                        .findFirst())
                .map(Platform::displayName)
                .orElse("another video platform");
    }
}
