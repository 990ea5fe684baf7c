package org.meetlinks.application.port.in;

/** Background pass: retries sessions whose link is due for another attempt (crash recovery included). */
public interface RetryPendingLinksUseCase {
    /** @return how many sessions were attempted */
    int retryDueLinks();
}
