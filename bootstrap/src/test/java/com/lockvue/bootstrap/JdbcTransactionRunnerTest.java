package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.adapter.persistence.Jdbc;
import com.lockvue.adapter.persistence.JdbcTransactionRunner;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.RuleViolation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The plain JDBC transactions of the door path, on the real database: one connection for all the work, committed
 * when it returns, rolled back when it fails, refusals kept as the port promises, JTA joined rather than nested,
 * and after-commit actions run only after a commit.
 */
@QuarkusTest
class JdbcTransactionRunnerTest {
    @Inject
    JdbcTransactionRunner plain;

    @Inject
    TransactionRunner jta;

    @Inject
    Jdbc jdbc;

    private static String key() {
        return "jdbc-runner-test:" + UUID.randomUUID();
    }

    private void write(String key) {
        jdbc.update("INSERT INTO attempt_counters (bucket_key, window_start, attempts) VALUES (?, ?, 1)",
                p -> p.text(key).at(Instant.now()));
    }

    /** Read, outside any transaction, on a connection of its own: what was committed. */
    private boolean committed(String key) {
        return jdbc.first("SELECT 1 FROM attempt_counters WHERE bucket_key = ?", p -> p.text(key), r -> true)
                .isPresent();
    }

    private int backend() {
        return jdbc.first("SELECT pg_backend_pid()", p -> { }, r -> r.getInt(1)).orElseThrow();
    }

    @Test
    void everyStatementRunsOnOneConnectionAndCommitsWhenTheWorkReturns() {
        String key = key();
        List<Integer> backends = plain.inTransaction(() -> {
            List<Integer> seen = new ArrayList<>();
            seen.add(backend());
            write(key);
            seen.add(backend());
            assertThat(jdbc.first("SELECT attempts FROM attempt_counters WHERE bucket_key = ?", p -> p.text(key),
                    r -> r.getInt(1))).contains(1);
            seen.add(jdbc.first("SELECT count(*) FROM pg_stat_activity WHERE pid = pg_backend_pid()"
                    + " AND state = 'active' AND backend_xid IS NOT NULL", p -> { }, r -> r.getInt(1)).orElseThrow());
            return seen;
        });
        assertThat(backends.get(0)).isEqualTo(backends.get(1));
        assertThat(backends.get(2)).as("the work's statements ran in an open transaction").isEqualTo(1);
        assertThat(committed(key)).isTrue();
    }

    @Test
    void aFailureRollsBackAndReachesTheCallerUnchanged() {
        String key = key();
        IllegalStateException broken = new IllegalStateException("broken");
        assertThatThrownBy(() -> plain.inTransaction(() -> {
            write(key);
            throw broken;
        })).isSameAs(broken);
        assertThat(committed(key)).isFalse();
    }

    @Test
    void aRefusalKeepsItsWritesWhenAskedTo() {
        String kept = key();
        String notKept = key();
        RuleViolation refused = new RuleViolation(FailureCode.ACTION_NOT_PERMITTED, "refused");
        assertThatThrownBy(() -> plain.inTransactionKeepingRefusals(() -> {
            write(kept);
            throw refused;
        })).isSameAs(refused);
        assertThat(committed(kept)).isTrue();
        assertThatThrownBy(() -> plain.inTransaction(() -> {
            write(notKept);
            throw refused;
        })).isSameAs(refused);
        assertThat(committed(notKept)).isFalse();
    }

    @Test
    void afterCommitActionsRunAfterACommitOnly() {
        List<String> ran = new ArrayList<>();
        plain.inTransaction(() -> {
            jdbc.afterCommit(() -> ran.add("committed"));
            assertThat(ran).isEmpty();
            return null;
        });
        assertThat(ran).containsExactly("committed");
        assertThatThrownBy(() -> plain.inTransaction(() -> {
            jdbc.afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(ran).containsExactly("committed");
    }

    @Test
    void insideJtaItJoinsThatTransaction() {
        String key = key();
        assertThatThrownBy(() -> jta.inTransaction(() -> {
            plain.inTransaction(() -> {
                write(key);
                return null;
            });
            throw new IllegalStateException("the outer work fails");
        })).hasMessage("the outer work fails");
        assertThat(committed(key)).isFalse();
    }

    @Test
    void jtaCannotStartInsideIt() {
        String key = key();
        assertThatThrownBy(() -> plain.inTransaction(() -> {
            write(key);
            return jta.inTransaction(() -> "never");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("JTA");
        assertThat(committed(key)).isFalse();
    }

    @Test
    void itsCommitCanSkipWaitingForTheDiskForItselfOnly() {
        String inside = plain.inTransaction(() -> {
            plain.commitWithoutWaitingForDisk();
            return jdbc.first("SHOW synchronous_commit", p -> { }, r -> r.getString(1)).orElseThrow();
        });
        assertThat(inside).isEqualTo("off");
        for (int i = 0; i < 25; i++) { // more than the pool's connections
            assertThat(plain.inTransaction(() -> jdbc.first("SELECT source FROM pg_settings"
                    + " WHERE name = 'synchronous_commit'", p -> { }, r -> r.getString(1)).orElseThrow()))
                    .isNotEqualTo("session");
        }
        assertThatThrownBy(() -> plain.commitWithoutWaitingForDisk()).isInstanceOf(IllegalStateException.class);
    }
}
