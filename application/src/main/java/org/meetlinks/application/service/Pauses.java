package org.meetlinks.application.service;

import java.time.Duration;

/** Waits between two attempts of a run (a seam, so that tests advance a clock instead of sleeping). */
@FunctionalInterface
public interface Pauses {
    /** Sleeps on the calling thread. */
    Pauses SLEEP = pause -> {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between two attempts", e);
        }
    };

    void pause(Duration pause);
}
