package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database answers within two seconds. */
@Readiness
@ApplicationScoped
class DatabaseReadinessCheck implements HealthCheck {
    private final DataSource dataSource;

    @Inject
    DatabaseReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI client proxies only. */
    DatabaseReadinessCheck() {
        this.dataSource = null;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(2))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
