package com.lockvue.bootstrap;

import com.lockvue.adapter.rest.http.RequestGuard;
import io.quarkus.runtime.Application;
import com.lockvue.bootstrap.ops.LiquibaseOutput;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
    private static final String EMBEDDED_DURABLE_ENV = "LOCKVUE_EMBEDDED_DATABASE_DURABLE";

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
            startEmbeddedDatabase(dataDirectory, secrets, embeddedDurability(
                    setting(EMBEDDED_DURABLE_ENV, "lockvue.embedded-database.durable", "true")));
        }
        Quarkus.run(args);
    }

    /**
     * The embedded PostgreSQL, durable unless LOCKVUE_EMBEDDED_DATABASE_DURABLE=false, supervised while the server runs. Quarkus ends the JVM itself (System.exit),
     * so it is stopped from a shutdown hook: supervision first, so that it does not start the database again, then
     * (once Quarkus has stopped using it) the database.
     */
    private static void startEmbeddedDatabase(Path dataDirectory, Path secrets, EmbeddedDatabase.Durability durability) {
        LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory.resolve("postgres"));
        if (durability != EmbeddedDatabase.Durability.DURABLE) {
            LOG.warnf("%s=false: the embedded PostgreSQL runs with fsync, synchronous_commit and full_page_writes off."
                    + " Acknowledged writes may be lost, and the data folder corrupted, by a crash of PostgreSQL or of"
                    + " the machine. For benchmarks and throw-away data only.", EMBEDDED_DURABLE_ENV);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(EmbeddedDatabase.Settings.durable(
                dataDirectory.resolve("postgres"), dataDirectory.resolve("postgres-runtime"),
                DevelopmentSecrets.databasePasswordFile(secrets)).with(durability));
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

    /**
     * {@code LOCKVUE_EMBEDDED_DATABASE_DURABLE}: {@code true} (the default) or {@code false}, nothing else, so that a
     * misspelt value cannot turn durability off, nor a misspelt {@code false} leave it silently on.
     */
    static EmbeddedDatabase.Durability embeddedDurability(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> EmbeddedDatabase.Durability.DURABLE;
            case "false" -> EmbeddedDatabase.Durability.NOT_DURABLE;
            default -> throw new IllegalArgumentException(
                    EMBEDDED_DURABLE_ENV + " must be true or false, not '" + value + "'");
        };
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
