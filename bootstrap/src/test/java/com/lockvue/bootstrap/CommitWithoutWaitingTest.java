package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.adapter.persistence.Jdbc;
import com.lockvue.application.port.out.TransactionRunner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A transaction that asks not to wait for the disk turns PostgreSQL's synchronous_commit off for itself only
 * ({@code SET LOCAL}): the next transaction on the same pooled connection is back to the server's setting.
 */
@QuarkusTest
class CommitWithoutWaitingTest {
    @Inject
    TransactionRunner tx;

    @Inject
    Jdbc jdbc;

    private String setting() {
        return jdbc.first("SELECT setting || ' from ' || source FROM pg_settings WHERE name = 'synchronous_commit'",
                p -> { }, row -> row.getString(1)).orElseThrow();
    }

    @Test
    void theSettingIsOffForThatTransactionAndOnlyForIt() {
        String server = tx.inTransaction(this::setting);
        assertThat(server).doesNotEndWith("from session");
        for (int i = 0; i < 25; i++) { // more than the pool's connections: every one of them is seen again after
            String inside = tx.inTransaction(() -> {
                tx.commitWithoutWaitingForDisk();
                return setting();
            });
            assertThat(inside).isEqualTo("off from session");
            assertThat(tx.inTransaction(this::setting)).isEqualTo(server);
        }
    }

    @Test
    void outsideATransactionItIsRefused() {
        assertThatThrownBy(() -> tx.commitWithoutWaitingForDisk()).isInstanceOf(IllegalStateException.class);
    }
}
