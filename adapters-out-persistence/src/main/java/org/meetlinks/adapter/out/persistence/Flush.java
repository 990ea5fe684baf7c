package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.meetlinks.application.port.out.ConcurrentUpdateException;

/** Flushes at once so optimistic-lock conflicts surface as the port's exception, not at commit. */
final class Flush {
    private Flush() {}

    static void now(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException(what + " was changed concurrently: " + e.getMessage());
        }
    }
}
