package com.lockvue.bootstrap.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A fingerprint of everything the application stores, read straight from PostgreSQL: the row count and an md5
 * of the ordered rows of each table, and how many audit events record a success. Two equal snapshots mean
 * nothing was created, changed or deleted in between (the audit trail may only have gained failure events, and
 * the login attempt counters are deliberately left out: counting refused attempts is their job).
 */
public record DatabaseState(Map<String, String> tables, long successEvents, long failureEvents) {
    private static final String[] TABLES = {"accounts", "users", "locks", "unique_codes", "permissions", "api_keys",
            "webhook_endpoints"};

    public static DatabaseState of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), ''))"
                        + " FROM " + table + " t")) {
                    rs.next();
                    tables.put(table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                }
            }
            return new DatabaseState(tables, count(statement, "SUCCESS"), count(statement, "FAILURE"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of {@code sql} (a single count) as a number; for checks the snapshot does not cover. */
    public static long count(DataSource dataSource, String sql, Object... params) {
        return single(dataSource, sql, params, rs -> rs.getLong(1));
    }

    /** Runs one statement with parameters, as a test arranging what the API cannot (an old password hash). */
    public static void execute(DataSource dataSource, String sql, Object... params) {
        run(dataSource, sql, params, statement -> statement.executeUpdate());
    }

    /** The single text value {@code sql} selects. */
    public static String string(DataSource dataSource, String sql, Object... params) {
        return single(dataSource, sql, params, rs -> rs.getString(1));
    }

    @FunctionalInterface
    private interface SqlFunction<T, R> {
        R apply(T value) throws SQLException;
    }

    private static <R> R single(DataSource dataSource, String sql, Object[] params, SqlFunction<ResultSet, R> read) {
        return run(dataSource, sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return read.apply(rs);
            }
        });
    }

    private static <R> R run(DataSource dataSource, String sql, Object[] params,
            SqlFunction<java.sql.PreparedStatement, R> work) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement statement, String outcome) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM audit_events WHERE outcome = '" + outcome + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
