package com.lockvue.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server run from Maven artifacts, for machines without one. Its data directory survives
 * restarts unless {@code fresh} is asked for (tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory, Path workingDirectory, boolean fresh) {
        return start(dataDirectory, workingDirectory, fresh, 0);
    }

    /**
     * As {@link #start(Path, Path, boolean)}, on a fixed TCP port ({@code 0}: any free port). A server restarted on
     * the same data directory and port is the same database to its clients (the outage integration test relies on
     * it). With {@code fresh} false, {@link #close()} stops the server and keeps the data directory.
     */
    public static EmbeddedDatabase start(Path dataDirectory, Path workingDirectory, boolean fresh, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(workingDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
