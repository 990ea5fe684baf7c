package org.meetlinks.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks where a session's meeting is created: the mentor's default platform if that account is
 * connected and allows meetings; else the one usable connected platform (Google Meet first when both are, without a
 * preference); else the session waits for the mentor.
 */
public final class PlatformChoicePolicy {

    /** The mentor's default platform when that account is usable, else as {@link #choose(Collection)} decides. */
    public PlatformChoice choose(MentorPreference preference, Collection<ProviderConnection> connections) {
        Platform preferred = preference.defaultPlatform();
        return usable(connections).contains(preferred)
                ? new PlatformChoice.MentorAccount(preferred)
                : choose(connections);
    }

    /** The choice for a mentor without a preference: Google Meet first, then Zoom, else why a link is needed. */
    public PlatformChoice choose(Collection<ProviderConnection> connections) {
        Set<Platform> usable = usable(connections);
        Optional<Platform> any = List.of(Platform.GOOGLE_MEET, Platform.ZOOM).stream()
                .filter(usable::contains)
                .findFirst();
        if (any.isPresent()) {
            return new PlatformChoice.MentorAccount(any.get());
        }
        boolean needsReconnect = connections.stream().anyMatch(c -> c.status() == ConnectionStatus.NEEDS_RECONNECT);
        if (needsReconnect) {
            return new PlatformChoice.ManualLinkNeeded(
                    FailureKind.AUTH, "the mentor's video account must be reconnected");
        }
        boolean meetingsTurnedOff =
                connections.stream().anyMatch(c -> c.status() == ConnectionStatus.CONNECTED && !c.meetingsAllowed());
        return meetingsTurnedOff
                ? new PlatformChoice.ManualLinkNeeded(
                        FailureKind.MEETINGS_TURNED_OFF,
                        "video meetings are turned off for the mentor's connected account (Google Meet off by the admin)")
                : new PlatformChoice.ManualLinkNeeded(
                        FailureKind.NO_ACCOUNT, "the mentor has not connected Google or Zoom");
    }

    private static Set<Platform> usable(Collection<ProviderConnection> connections) {
        return connections.stream()
                .filter(ProviderConnection::isUsable)
                .map(ProviderConnection::platform)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
    }
}
