package org.meetlinks.application.service;

import java.time.Duration;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/** Hears how link generation went (for metrics); does nothing by default. */
public interface GenerationObserver {
    GenerationObserver NONE = new GenerationObserver() {
    };

    /**
     * @param providerTime how long the provider took to create the meeting
     * @param timeToLink   from the confirmation being stored to this link being stored (retries included)
     */
    default void linked(Platform platform, Duration providerTime, Duration timeToLink) {
    }

    default void failed(Platform platform, MeetingProviderException.Kind kind) {
    }
}
