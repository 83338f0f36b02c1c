package com.lockvue.bootstrap;

import com.lockvue.adapter.rest.http.RequestGuard;
import io.quarkus.runtime.Application;
import com.lockvue.bootstrap.ops.LiquibaseOutput;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Starts the server. Before Quarkus boots it settles what Quarkus cannot: which PostgreSQL to use (the one named
 * by LOCKVUE_DB_URL, or an embedded one whose data lives in the data folder) and the development secrets. Both
 * reach Quarkus as {@link DevelopmentDefaults}, below any real configuration.
 */
@QuarkusMain
public class LockVueMain {
    private static final Logger LOG = Logger.getLogger(LockVueMain.class);
    private static final Duration QUARKUS_STOP_BOUND = Duration.ofSeconds(30);

    public static void main(String... args) throws IOException {
        System.setProperty(RequestGuard.SKIP_QUARKUS_URI_CHECK, "true");
        LiquibaseOutput.toLog();
        Path dataDirectory = Path.of(setting("LOCKVUE_DATA_DIR", "lockvue.data-dir", "data")).toAbsolutePath();
        // Secrets, the database and its binaries live here: no other local user may read or replace them.
        DevelopmentSecrets.createOwnerOnlyDirectory(dataDirectory);
        Path secrets = dataDirectory.resolve("secrets");
        DevelopmentSecrets.ensure(secrets).forEach(DevelopmentDefaults::put);
        String externalUrl = setting("LOCKVUE_DB_URL", "lockvue.db.url", null);
        if (externalUrl != null) {
            System.setProperty("quarkus.datasource.jdbc.url", externalUrl);
            setIfPresent("quarkus.datasource.username", setting("LOCKVUE_DB_USER", "lockvue.db.user", null));
            setIfPresent("quarkus.datasource.password", setting("LOCKVUE_DB_PASSWORD", "lockvue.db.password", null));
        } else if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null
                && System.getProperty("quarkus.datasource.jdbc.url") == null) {
            startEmbeddedDatabase(dataDirectory, secrets);
        }
        Quarkus.run(args);
    }

    /**
     * The durable embedded PostgreSQL, supervised while the server runs. Quarkus ends the JVM itself (System.exit),
     * so it is stopped from a shutdown hook: supervision first, so that it does not start the database again, then
     * (once Quarkus has stopped using it) the database.
     */
    private static void startEmbeddedDatabase(Path dataDirectory, Path secrets) {
        LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory.resolve("postgres"));
        EmbeddedDatabase embedded = EmbeddedDatabase.start(EmbeddedDatabase.Settings.durable(
                dataDirectory.resolve("postgres"), dataDirectory.resolve("postgres-runtime"),
                DevelopmentSecrets.databasePasswordFile(secrets)));
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.start(embedded, supervisionPolicy());
        supervisor.install();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            supervisor.stop();
            awaitQuarkusStopped();
            embedded.close();
        }, "embedded-postgres-stop"));
        DevelopmentDefaults.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
        DevelopmentDefaults.put("quarkus.datasource.username", embedded.user());
        DevelopmentDefaults.put("quarkus.datasource.password", embedded.password());
    }

    private static EmbeddedDatabaseSupervisor.Policy supervisionPolicy() {
        Duration interval = Duration.parse(setting("LOCKVUE_EMBEDDED_DB_CHECK_INTERVAL", "lockvue.embedded-db.check-interval",
                "PT2S"));
        int attempts = Integer.parseInt(setting("LOCKVUE_EMBEDDED_DB_RESTART_ATTEMPTS",
                "lockvue.embedded-db.restart-attempts", "5"));
        return new EmbeddedDatabaseSupervisor.Policy(interval, attempts, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** Quarkus's own shutdown hook runs alongside this one: let it finish the requests and close the pool first. */
    private static void awaitQuarkusStopped() {
        Application application = Application.currentApplication();
        if (application == null) {
            return;
        }
        Thread waiter = new Thread(application::awaitShutdown, "await-quarkus-stopped");
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(QUARKUS_STOP_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
