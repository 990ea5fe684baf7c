package org.meetlinks.adapter.out.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real PostgreSQL with the Flyway schema and the meetlinks persistence unit, outside a container; a test class
 * registers it as a static {@code @RegisterExtension} field and gets one database for the class.
 */
final class PostgresFixture implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedPostgres postgres;
    private EntityManagerFactory factory;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        factory = Persistence.createEntityManagerFactory(
                "meetlinks",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource",
                        dataSource,
                        "jakarta.persistence.nonJtaDataSource",
                        dataSource,
                        "hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform"));
    }

    /** Runs work in its own entity manager and transaction, like one container transaction. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** Empties every table but Flyway's, so each case starts from the migrated, empty schema. */
    void clear() {
        inTransaction(em -> em.createNativeQuery("""
                        do $$ begin
                            execute (select 'truncate ' || string_agg(quote_ident(tablename), ', ')
                                     || ' restart identity cascade'
                                     from pg_tables
                                     where schemaname = current_schema() and tablename <> 'flyway_schema_history');
                        end $$""").executeUpdate());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        factory.close();
        postgres.close();
    }
}
