package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.EntityManager;

/**
 * Keeps reads outside a transaction fresh. Liberty shares one non-transactional persistence context for a
 * whole request, so a row read before a REQUIRES_NEW transaction changed it would otherwise be handed back
 * unchanged by later queries of the same request.
 */
final class Reads {
    private Reads() {
    }

    static <E> E fresh(EntityManager em, E entity) {
        if (entity != null && !em.isJoinedToTransaction()) {
            em.detach(entity);
        }
        return entity;
    }
}
