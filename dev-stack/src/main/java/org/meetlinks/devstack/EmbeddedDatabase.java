package org.meetlinks.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Real PostgreSQL from Maven binaries, with database and role "meetlinks" (password "meetlinks"). */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(int port, Path dataDir, boolean fresh) throws IOException, SQLException {
        if (fresh) {
            Directories.deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.getParent() == null ? Path.of(".") : dataDir.getParent());
        boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("max_prepared_transactions", "20")
                .start();
        ensureDatabase(postgres);
        LOG.log(
                Level.INFO,
                () -> "PostgreSQL listening on " + port + " with data in " + dataDir.toAbsolutePath()
                        + (existing ? " (kept from last run)" : " (new)"));
        return new EmbeddedDatabase(postgres);
    }

    private static void ensureDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = 'meetlinks'")) {
                if (!role.next()) {
                    s.execute("create role meetlinks login password 'meetlinks'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = 'meetlinks'")) {
                if (!db.next()) {
                    s.execute("create database meetlinks owner meetlinks");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL";
    }
}
