package com.lockvue.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures answer 503 (the database cannot be reached in time) rather than 500. */
class DatabaseUnavailableTest {
    @Test
    void connection_failures_and_server_shutdown_are_unavailability_wherever_they_sit_in_the_chain() {
        assertThat(ProblemMappers.isDatabaseUnavailable(
                new RuntimeException("wrapped", new SQLException("I/O error", "08006")))).isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void the_pools_acquisition_timeout_is_unavailability() {
        // Agroal's shape: no SQLState, caused by a TimeoutException (seen when PostgreSQL hangs: DatabaseOutageIT).
        var acquisition = new SQLException("Acquisition timeout while waiting for new connection", null,
                new TimeoutException());
        assertThat(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("Unable to acquire", acquisition)))
                .isTrue();
    }

    @Test
    void the_pool_giving_up_on_a_busy_pool_is_unavailability() {
        // Agroal's other acquisition timeout: every connection stayed in use; no cause, no SQLState.
        var busy = new SQLException("Sorry, acquisition timeout!");
        busy.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", "ConnectionPool.java", 1)});
        assertThat(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("Unable to acquire", busy))).isTrue();
    }

    @Test
    void a_commit_on_a_connection_the_server_is_terminating_is_unavailability() {
        // Narayana's shape (seen in DatabaseOutageIT): RollbackException, the driver's error only suppressed.
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        var xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertThat(ProblemMappers.isDatabaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void a_chain_that_refers_back_to_itself_ends() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertThat(ProblemMappers.isDatabaseUnavailable(b)).isFalse();
    }

    @Test
    void other_database_errors_are_not() {
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(ProblemMappers.isDatabaseUnavailable(
                new SQLException("other cause", null, new IllegalArgumentException()))).isFalse();
        assertThat(ProblemMappers.isDatabaseUnavailable(new TimeoutException("not from the database"))).isFalse();
    }
}
