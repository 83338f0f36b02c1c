package com.lockvue.bootstrap;

import com.lockvue.bootstrap.ops.LiquibaseOutput;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the server. Before Quarkus boots it settles what Quarkus cannot: which PostgreSQL to use (the one named
 * by LOCKVUE_DB_URL, or an embedded one whose data lives in the data folder) and the development secrets. Both
 * reach Quarkus as {@link DevelopmentDefaults}, below any real configuration.
 */
@QuarkusMain
public class LockVueMain {
    private static final Logger LOG = Logger.getLogger(LockVueMain.class);

    public static void main(String... args) {
        LiquibaseOutput.toLog();
        Path dataDirectory = Path.of(setting("LOCKVUE_DATA_DIR", "lockvue.data-dir", "data")).toAbsolutePath();
        DevelopmentSecrets.ensure(dataDirectory.resolve("secrets")).forEach(DevelopmentDefaults::put);
        EmbeddedDatabase embedded = null;
        String externalUrl = setting("LOCKVUE_DB_URL", "lockvue.db.url", null);
        if (externalUrl != null) {
            System.setProperty("quarkus.datasource.jdbc.url", externalUrl);
            setIfPresent("quarkus.datasource.username", setting("LOCKVUE_DB_USER", "lockvue.db.user", null));
            setIfPresent("quarkus.datasource.password", setting("LOCKVUE_DB_PASSWORD", "lockvue.db.password", null));
        } else if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null
                && System.getProperty("quarkus.datasource.jdbc.url") == null) {
            LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory.resolve("postgres"));
            embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), dataDirectory.resolve("postgres-runtime"),
                    false);
            DevelopmentDefaults.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            DevelopmentDefaults.put("quarkus.datasource.username", embedded.user());
            DevelopmentDefaults.put("quarkus.datasource.password", embedded.password());
        }
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String setting(String env, String property, String fallback) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = System.getenv(env);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : fallback;
    }

    private static void setIfPresent(String key, String value) {
        if (value != null) {
            System.setProperty(key, value);
        }
    }
}
