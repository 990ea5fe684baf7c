package org.meetlinks.adapter.out.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/** Exposes the container's persistence unit and data source as CDI beans (resource producer fields). */
@Dependent
class PersistenceResources {
    @Produces
    @PersistenceContext(unitName = "meetlinks")
    EntityManager entityManager;

    @Produces
    @Resource(lookup = "jdbc/meetlinks")
    DataSource dataSource;
}
