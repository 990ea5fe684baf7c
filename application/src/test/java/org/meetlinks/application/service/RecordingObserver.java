package org.meetlinks.application.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.Platform;

/** Keeps what link generation reported, for assertions. */
final class RecordingObserver implements RecordLinkOutcomePort {
    final List<Duration> timesToLink = new ArrayList<>();
    final List<FailureKind> failures = new ArrayList<>();

    @Override
    public synchronized void linked(Platform platform, Duration providerTime, Duration timeToLink) {
        timesToLink.add(timeToLink);
    }

    @Override
    public synchronized void failed(Platform platform, FailureKind kind) {
        failures.add(kind);
    }
}
