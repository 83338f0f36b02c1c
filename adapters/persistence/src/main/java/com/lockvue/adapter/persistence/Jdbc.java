package com.lockvue.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Plain JDBC on the connection of the caller's transaction, for the statements of the door path (code login, lock
 * commands) and the writes they share: no entity mapping, no query parsing, one prepared statement each (the
 * driver prepares it on the server after a few uses). Inside a JTA transaction the pool hands out the connection
 * enlisted in it, the one Hibernate uses too, so these statements and Hibernate's see each other and commit or
 * roll back together. {@link #inTransaction} runs a transaction without JTA, for the door path's lock commands. A
 * statement outside any transaction commits on its own.
 *
 * <p>One thing differs from Hibernate's own native queries: nothing flushes Hibernate's pending changes first, so a
 * read here does not see them. unique_codes and attempt_counters are written only by statements that run at once
 * (here, or Hibernate's native queries); the others read here (accounts, permissions and webhook_endpoints, with a
 * code session's state and an event's deliveries) are written by owners' use cases that read nothing here afterwards.
 */
@ApplicationScoped
public class Jdbc {
    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

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
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        });
    }

    /** Every row of the query, in its order. */
    public <T> List<T> list(String sql, Parameters parameters, Row<T> row) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(row.read(rows));
                }
                return all;
            }
        });
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Parameters parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    /**
     * Runs {@code work} as one transaction on one connection of the pool, without JTA: every statement here during
     * it runs on that connection; it commits when {@code work} returns and rolls back when it throws (the exception
     * reaches the caller unchanged). Inside a transaction already (this kind or JTA's), {@code work} joins it.
     *
     * <p>Only for work whose every statement goes through this class: Hibernate would take a second connection
     * (seeing none of this one's writes, and with every pooled connection held by such work, waiting for one
     * forever), so a JTA transaction begun inside it fails at once ({@link #requireNoPlainTransaction}).
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (inPlainTransaction() || inJtaTransaction()) {
            return work.get();
        }
        Bound bound;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            bound = new Bound(connection);
            BOUND.set(bound);
            boolean committed = false;
            try {
                result = work.get();
                connection.commit();
                committed = true;
            } finally {
                BOUND.remove();
                release(connection, committed);
            }
        } catch (SQLException e) {
            throw new JdbcException("BEGIN or COMMIT", e);
        }
        bound.afterCommit.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the current transaction (this class's own or JTA's) has committed, and never if it
     * rolls back; at once outside any.
     */
    public void afterCommit(Runnable action) {
        Bound bound = BOUND.get();
        if (bound != null) {
            bound.afterCommit.add(action);
        } else if (inJtaTransaction()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } else {
            action.run();
        }
    }

    /** Whether {@link #inTransaction} is running work on this thread now. */
    public boolean inPlainTransaction() {
        return BOUND.get() != null;
    }

    /** Fails when {@link #inTransaction} is running work on this thread (see there why JTA must not start in it). */
    public void requireNoPlainTransaction() {
        if (inPlainTransaction()) {
            throw new IllegalStateException("A JTA transaction cannot start inside a plain JDBC one");
        }
    }

    /** Whether a JTA transaction is running on this thread now. */
    public boolean inJtaTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** Rolls back what did not commit and hands the connection back to the pool as it was lent. */
    private static void release(Connection connection, boolean committed) {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is broken: the pool discards it, and the server rolls back what it held.
        }
    }

    /** The connection of a transaction of {@link #inTransaction}, and what waits for its commit. */
    private record Bound(Connection connection, List<Runnable> afterCommit) {
        Bound(Connection connection) {
            this(connection, new ArrayList<>());
        }
    }

    @FunctionalInterface
    private interface Execute<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    /** One statement on the current plain transaction's connection, or on one of the pool's (JTA's, if in one). */
    private <T> T run(String sql, Parameters parameters, Execute<T> execute) {
        Bound bound = BOUND.get();
        try {
            if (bound != null) {
                return prepared(bound.connection(), sql, parameters, execute);
            }
            try (Connection connection = dataSource.getConnection()) {
                return prepared(connection, sql, parameters, execute);
            }
        } catch (SQLException e) {
            throw new JdbcException(sql, e);
        }
    }

    private static <T> T prepared(Connection connection, String sql, Parameters parameters, Execute<T> execute)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(new Statement(statement));
            return execute.on(statement);
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
