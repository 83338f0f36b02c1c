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
        EmbeddedDatabase.Settings settings = EmbeddedDatabase.Settings.durable(data, Path.of("target", "embedded-pg"),
                DevelopmentSecrets.databasePasswordFile(Path.of("target", "restart-test", "secrets")));
        deleteRecursively(data);
        // Kept, as the server's is: a database made for one run only is deleted when it stops.
        try (EmbeddedDatabase first = EmbeddedDatabase.start(settings);
                Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password())) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('survives a restart')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(settings);
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
