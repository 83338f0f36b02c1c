package com.lockvue.bootstrap.support;

import com.lockvue.bootstrap.DevelopmentSecrets;
import com.lockvue.bootstrap.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the tests a real PostgreSQL: the one named by LOCKVUE_TEST_DB_URL (with LOCKVUE_TEST_DB_USER and
 * LOCKVUE_TEST_DB_PASSWORD) when set, otherwise a fresh embedded server whose files stay under target/.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase embedded;

    @Override
    public Map<String, String> start() {
        Path target = Path.of("target").toAbsolutePath();
        Map<String, String> config = new HashMap<>(DevelopmentSecrets.ensure(target.resolve("test-secrets")));
        String external = System.getenv("LOCKVUE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", external);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("LOCKVUE_TEST_DB_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("LOCKVUE_TEST_DB_PASSWORD", "postgres"));
        } else {
            // The suite's database is thrown away after the run, so it may skip flushing to disk (fsync,
            // synchronous_commit, full_page_writes off): the tests that prove durability start their own.
            embedded = EmbeddedDatabase.start(EmbeddedDatabase.Settings.durable(target.resolve("test-postgres"),
                            target.resolve("embedded-pg"), DevelopmentSecrets.databasePasswordFile(target.resolve("test-secrets")))
                    .with(EmbeddedDatabase.Durability.NOT_DURABLE)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
            config.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            config.put("quarkus.datasource.username", embedded.user());
            config.put("quarkus.datasource.password", embedded.password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
