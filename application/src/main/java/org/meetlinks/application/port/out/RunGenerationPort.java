package org.meetlinks.application.port.out;

/**
 * Runs link generation on a bounded pool of workers, off the caller's thread: booking events are acknowledged
 * without waiting for a provider, and provider calls never hold intake threads.
 */
public interface RunGenerationPort {
    /** @return false when the pool and its queue are full (the work is left to the background sweep, never dropped) */
    boolean trySubmit(Runnable generation);
}
