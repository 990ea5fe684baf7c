package org.meetlinks.application.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/** Keeps what the generator reported, for assertions. */
final class RecordingObserver implements GenerationObserver {
    final List<Duration> timesToLink = new ArrayList<>();
    final List<MeetingProviderException.Kind> failures = new ArrayList<>();

    @Override
    public synchronized void linked(Platform platform, Duration providerTime, Duration timeToLink) {
        timesToLink.add(timeToLink);
    }

    @Override
    public synchronized void failed(Platform platform, MeetingProviderException.Kind kind) {
        failures.add(kind);
    }
}
