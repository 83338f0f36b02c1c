package com.lockvue.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain JDBC on the connection of the caller's transaction, for the statements of the door path (code login, lock
 * commands) and the writes they share: no entity mapping, no query parsing, one prepared statement each (the
 * driver prepares it on the server after a few uses). Inside a JTA transaction the pool hands out the connection
 * enlisted in it, the one Hibernate uses too, so these statements and Hibernate's see each other and commit or
 * roll back together. A statement outside any transaction commits on its own.
 *
 * <p>One thing differs from Hibernate's own native queries: nothing flushes Hibernate's pending changes first, so a
 * read here does not see them. unique_codes and attempt_counters are written only by statements that run at once
 * (here, or Hibernate's native queries); the others read here (accounts, permissions and webhook_endpoints, with a
 * code session's state and an event's deliveries) are written by owners' use cases that read nothing here afterwards.
 */
@ApplicationScoped
public class Jdbc {
    @Inject
    DataSource dataSource;

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void set(Statement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first row of the query, if any (and if {@code row} does not read it as null). */
    public <T> Optional<T> first(String sql, Parameters parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(new Statement(statement));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    /** Every row of the query, in its order. */
    public <T> List<T> list(String sql, Parameters parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(new Statement(statement));
            try (ResultSet rows = statement.executeQuery()) {
                List<T> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(row.read(rows));
                }
                return all;
            }
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(new Statement(statement));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    /** A prepared statement's parameters, set in order, with the conversions the schema needs. */
    public static final class Statement {
        private final PreparedStatement statement;
        private int next = 1;

        Statement(PreparedStatement statement) {
            this.statement = statement;
        }

        public Statement uuid(UUID value) throws SQLException {
            statement.setObject(next++, value, Types.OTHER);
            return this;
        }

        public Statement text(String value) throws SQLException {
            statement.setString(next++, value);
            return this;
        }

        public Statement at(Instant value) throws SQLException {
            statement.setObject(next++, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            return this;
        }

        public Statement integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(next++, Types.INTEGER);
            } else {
                statement.setInt(next++, value);
            }
            return this;
        }

        public Statement number(long value) throws SQLException {
            statement.setLong(next++, value);
            return this;
        }

        public Statement bytes(byte[] value) throws SQLException {
            statement.setBytes(next++, value);
            return this;
        }
    }

    /** Reading a row's values by position, with the schema's conversions. */
    static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /**
     * A failed statement, with the driver's exception as its cause (so the SQL state that tells a lost connection
     * from a broken rule is still found by whoever looks for it).
     */
    static final class JdbcException extends RuntimeException {
        JdbcException(String sql, SQLException cause) {
            super("SQL failed (" + cause.getSQLState() + "): " + sql.strip().lines().findFirst().orElse(""), cause);
        }
    }
}
