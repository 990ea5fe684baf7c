package org.meetlinks.application.service;

import java.time.Duration;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/** Hears how link generation went (for metrics); does nothing by default. */
public interface GenerationObserver {
    GenerationObserver NONE = new GenerationObserver() {
    };

    default void linked(Platform platform, Duration providerTime) {
    }

    default void failed(Platform platform, MeetingProviderException.Kind kind) {
    }
}
