package org.meetlinks.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks where a session's meeting is created: the mentor's default platform if that account is
 * connected (and allows meetings); else the one usable connected platform; else a system account that needs no
 * mentor; else the session waits for a manual link.
 */
public final class PlatformChoicePolicy {
    private final Optional<Platform> systemDefault;

    /** @param systemDefault a platform the service can create meetings on without a mentor account */
    public PlatformChoicePolicy(Optional<Platform> systemDefault) {
        systemDefault.ifPresent(p -> {
            if (!p.isProvider()) {
                throw new DomainException("systemDefault", "the system default must be GOOGLE_MEET or ZOOM");
            }
        });
        this.systemDefault = systemDefault;
    }

    public PlatformChoice choose(Optional<MentorPreference> preference, Collection<ProviderConnection> connections) {
        Set<Platform> usable = connections.stream()
                .filter(ProviderConnection::isUsable)
                .map(ProviderConnection::platform)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
        Optional<Platform> preferred = preference.map(MentorPreference::defaultPlatform).filter(usable::contains);
        if (preferred.isPresent()) {
            return new PlatformChoice.MentorAccount(preferred.get());
        }
        if (usable.size() == 1) {
            return new PlatformChoice.MentorAccount(usable.iterator().next());
        }
        if (usable.size() > 1) {
            // Both accounts connected and no (usable) preference: Google Meet first, predictably.
            return new PlatformChoice.MentorAccount(List.of(Platform.GOOGLE_MEET, Platform.ZOOM).stream()
                    .filter(usable::contains).findFirst().orElseThrow());
        }
        if (systemDefault.isPresent()) {
            return new PlatformChoice.SystemAccount(systemDefault.get());
        }
        boolean needsReconnect = connections.stream().anyMatch(c -> c.status() == ConnectionStatus.NEEDS_RECONNECT);
        if (needsReconnect) {
            return new PlatformChoice.ManualLinkNeeded("the mentor's video account must be reconnected");
        }
        boolean meetingsTurnedOff = connections.stream()
                .anyMatch(c -> c.status() == ConnectionStatus.CONNECTED && !c.meetingsAllowed());
        return new PlatformChoice.ManualLinkNeeded(meetingsTurnedOff
                ? "video meetings are turned off for the mentor's connected account (Google Meet off by the admin)"
                : "the mentor has not connected Google or Zoom");
    }
}
