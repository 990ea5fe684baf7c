package org.meetlinks.application.port.out;

import java.time.Duration;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.Platform;

/** Hears how link generation went, for operations (metrics). */
public interface RecordLinkOutcomePort {
    /**
     * @param providerTime how long the provider took to create the meeting
     * @param timeToLink   from the confirmation being stored to this link being stored (retries included)
     */
    void linked(Platform platform, Duration providerTime, Duration timeToLink);

    /** One failed call to make a meeting (a run may fail several times before it succeeds). */
    void failed(Platform platform, FailureKind kind);
}
