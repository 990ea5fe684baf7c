package org.meetlinks.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the server's PostgreSQL directly, to check what was really stored. */
final class Database {
    private static final String URL = System.getProperty("it.jdbcUrl", "jdbc:postgresql://localhost:15433/meetlinks");

    private Database() {}

    static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(URL, "meetlinks", "meetlinks");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql, Object... params) {
        return first(sql, params, rs -> rs.getString(1));
    }

    /** The first column of the first row as bytes (a bytea), or null when there is no row. */
    static byte[] bytes(String sql, Object... params) {
        return first(sql, params, rs -> rs.getBytes(1));
    }

    /** Reads one value of a result's first row. */
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T first(String sql, Object[] params, Column<T> column) {
        try (Connection c = DriverManager.getConnection(URL, "meetlinks", "meetlinks");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? column.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(URL, "meetlinks", "meetlinks");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
