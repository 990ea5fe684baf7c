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

    public PlatformChoice choose(Optional<MentorPreference> preference, Collection<ProviderConnection> connections) {
        Set<Platform> usable = connections.stream()
                .filter(ProviderConnection::isUsable)
                .map(ProviderConnection::platform)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
        Optional<Platform> preferred =
                preference.map(MentorPreference::defaultPlatform).filter(usable::contains);
        if (preferred.isPresent()) {
            return new PlatformChoice.MentorAccount(preferred.get());
        }
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
}
