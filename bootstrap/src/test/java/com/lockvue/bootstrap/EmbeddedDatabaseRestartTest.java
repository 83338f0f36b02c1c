package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data across restarts: the server's data folder outlives the process. */
class EmbeddedDatabaseRestartTest {

    @Test
    void rowsWrittenBeforeAStopAreThereAfterTheNextStart() throws Exception {
        Path data = Path.of("target", "restart-test", "postgres").toAbsolutePath();
        Path runtime = Path.of("target", "embedded-pg").toAbsolutePath();
        deleteRecursively(data);
        // Not "fresh": a fresh database is deleted when it stops, the server's never is.
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, runtime, false);
                Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password())) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('survives a restart')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(data, runtime, false);
                Connection c = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
                ResultSet rows = c.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives a restart");
        }
        deleteRecursively(data);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
