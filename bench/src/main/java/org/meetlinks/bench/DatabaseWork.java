package org.meetlinks.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the database did during a run, from PostgreSQL's own statistics (pg_stat_database and pg_stat_user_tables
 * of the meetlinks database): commits, rollbacks, rows read and written, and per table the sequential scans and
 * the rows they read. Two snapshots give the work per confirmation. The bench's own link polls are among them
 * (four small index reads a second).
 */
record DatabaseWork(Map<String, Long> totals, Map<String, Long> seqRowsByTable, Map<String, Long> seqScansByTable) {

    static DatabaseWork snapshot(String jdbcUrl) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> seqRows = new LinkedHashMap<>();
        Map<String, Long> seqScans = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "meetlinks", "meetlinks")) {
            // Statistics reach the shared counters when a backend is idle for a second or ends its transaction.
            try (PreparedStatement s = c.prepareStatement("""
                    select xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated,
                           tup_deleted
                    from pg_stat_database where datname = current_database()""");
                    ResultSet r = s.executeQuery()) {
                r.next();
                String[] names = {
                    "commits",
                    "rollbacks",
                    "rows returned",
                    "rows fetched",
                    "rows inserted",
                    "rows updated",
                    "rows deleted"
                };
                for (int i = 0; i < names.length; i++) {
                    totals.put(names[i], r.getLong(i + 1));
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                            "select relname, seq_scan, seq_tup_read from pg_stat_user_tables order by relname");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seqScans.put(r.getString(1), r.getLong(2));
                    seqRows.put(r.getString(1), r.getLong(3));
                }
            }
        } catch (SQLException e) {
            return new DatabaseWork(Map.of(), Map.of(), Map.of());
        }
        return new DatabaseWork(totals, seqRows, seqScans);
    }

    /** Per confirmation: each total, then the sequential-scan rows of each table that had any. */
    static Map<String, Double> perConfirmation(DatabaseWork before, DatabaseWork after, int confirmations) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.totals()
                .forEach((k, v) -> per.put(k, (double) (v - before.totals().getOrDefault(k, 0L)) / confirmations));
        after.seqRowsByTable().forEach((table, rows) -> {
            long read = rows - before.seqRowsByTable().getOrDefault(table, 0L);
            long scans = after.seqScansByTable().getOrDefault(table, 0L)
                    - before.seqScansByTable().getOrDefault(table, 0L);
            if (read > 0 || scans > 0) {
                per.put("seq scans of " + table, (double) scans / confirmations);
                per.put("seq-scanned rows of " + table, (double) read / confirmations);
            }
        });
        return per;
    }
}
