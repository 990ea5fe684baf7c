package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date (Flyway) when the application starts. Liberty's class loader
 * only lists a resource folder that holds a file, hence the empty flyway.location files: db/migration holds the
 * migrations, db/callback (Flyway looks there for callbacks whatever else is configured) is empty, and without its
 * marker Flyway logs an ERROR at every start.
 */
@ApplicationScoped
class SchemaMigration {
    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

    void migrate(@Observes @Initialized(ApplicationScoped.class) Object started, DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.log(
                Level.INFO,
                () -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migrations applied now)");
    }
}
