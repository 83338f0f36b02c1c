package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A start on a folder whose postmaster.pid names a live process: a postmaster of that very folder (left by a
 * killed server) is stopped and the start goes on; any other process, be it another folder's postmaster or a
 * program that was given the pid later, is never signalled.
 */
class StalePostmasterTest {
    private static final Path WORK = Path.of("target", "stale-postmaster-test").toAbsolutePath();
    private static final Path RUNTIME = WORK.resolve("runtime");
    private static Path passwordFile;

    @BeforeAll
    static void clean() throws IOException {
        EmbeddedDatabaseDefaultsTest.deleteRecursively(WORK);
        passwordFile = DevelopmentSecrets.databasePasswordFile(WORK.resolve("secrets"));
    }

    @Test
    void aPostmasterOfThisFolderLeftRunningIsStoppedAndTheStartGoesOn() throws Exception {
        EmbeddedDatabase.Settings settings = settings("orphaned");
        Path binary;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(settings); Connection c = EmbeddedDatabaseDefaultsTest.connect(first)) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('written before the server was killed')");
            binary = Path.of(Postmaster.named(settings.dataDirectory()).orElseThrow().info().command().orElseThrow());
        }
        // As a killed server leaves it: a postmaster that no EmbeddedDatabase in this JVM knows about.
        List<String> options = new ArrayList<>(List.of("-p", String.valueOf(freePort())));
        EmbeddedDatabase.serverConfig(EmbeddedDatabase.Durability.DURABLE)
                .forEach((key, value) -> options.addAll(List.of("-c", key + "=" + value)));
        PgCtl.nextTo(binary).orElseThrow().start(settings.dataDirectory(), options, Duration.ofSeconds(60));
        ProcessHandle orphan = Postmaster.named(settings.dataDirectory()).orElseThrow();
        assertThat(Postmaster.identify(orphan.info(), settings.dataDirectory())).isEqualTo(Postmaster.Identity.OF_THIS_FOLDER);

        try (EmbeddedDatabase second = EmbeddedDatabase.start(settings); Connection c = EmbeddedDatabaseDefaultsTest.connect(second);
                ResultSet rows = c.createStatement().executeQuery("select note from kept")) {
            assertThat(orphan.isAlive()).as("the orphaned postmaster was stopped").isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the server was killed");
        }
    }

    @Test
    void aProgramThatWasGivenThePidLaterIsNeverSignalled() throws Exception {
        EmbeddedDatabase.Settings settings = settings("pid-reused");
        EmbeddedDatabase.start(settings).close();
        Process bystander = new ProcessBuilder("sleep", "300").start();
        try {
            writePidFile(settings.dataDirectory(), bystander.pid());
            assertThat(Postmaster.identify(bystander.info(), settings.dataDirectory()))
                    .isEqualTo(Postmaster.Identity.SOMETHING_ELSE);

            try (EmbeddedDatabase database = EmbeddedDatabase.start(settings); Connection c = EmbeddedDatabaseDefaultsTest.connect(database)) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(bystander.isAlive()).as("the process that has the pid now was left alone").isTrue();
        } finally {
            bystander.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anotherFoldersPostmasterIsNeverSignalled() throws Exception {
        EmbeddedDatabase.Settings settings = settings("ours");
        EmbeddedDatabase.start(settings).close();
        try (EmbeddedDatabase other = EmbeddedDatabase.start(settings("theirs"))) {
            ProcessHandle theirs = Postmaster.named(other.dataDirectory()).orElseThrow();
            writePidFile(settings.dataDirectory(), theirs.pid());
            assertThat(Postmaster.identify(theirs.info(), settings.dataDirectory()))
                    .isEqualTo(Postmaster.Identity.SOMETHING_ELSE);

            try (EmbeddedDatabase ours = EmbeddedDatabase.start(settings); Connection c = EmbeddedDatabaseDefaultsTest.connect(ours)) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(theirs.isAlive()).as("the other folder's postmaster was left alone").isTrue();
            try (Connection c = EmbeddedDatabaseDefaultsTest.connect(other)) {
                assertThat(c.isValid(5)).as("and still serves its own folder").isTrue();
            }
        }
    }

    @Test
    void aPostmasterIsRecognisedByItsFolderNotByHowThePathIsWritten() throws IOException {
        Path folder = Files.createDirectories(WORK.resolve("recognised"));
        Path link = WORK.resolve("link-to-recognised");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, folder);
        String postgres = "/opt/pg/bin/postgres";

        assertThat(Postmaster.identify(info(postgres, "-D", folder.toString(), "-p", "5432"), folder))
                .isEqualTo(Postmaster.Identity.OF_THIS_FOLDER);
        assertThat(Postmaster.identify(info(postgres, "-D", link.toString()), folder))
                .isEqualTo(Postmaster.Identity.OF_THIS_FOLDER);
        assertThat(Postmaster.identify(info(postgres, "-D", WORK.resolve("elsewhere").toString()), folder))
                .isEqualTo(Postmaster.Identity.SOMETHING_ELSE);
        assertThat(Postmaster.identify(info("/usr/bin/python3", "-D", folder.toString()), folder))
                .as("another program, even with the same arguments").isEqualTo(Postmaster.Identity.SOMETHING_ELSE);
        assertThat(Postmaster.identify(info(postgres, "-D", "recognised"), folder))
                .as("relative to a directory we cannot see").isEqualTo(Postmaster.Identity.UNKNOWN);
        assertThat(Postmaster.identify(info(postgres, "postgres: checkpointer"), folder))
                .as("a backend, its command line rewritten").isEqualTo(Postmaster.Identity.UNKNOWN);
        assertThat(Postmaster.identify(info(null), folder)).as("another user's process").isEqualTo(Postmaster.Identity.UNKNOWN);
    }

    private static EmbeddedDatabase.Settings settings(String name) {
        return EmbeddedDatabase.Settings.durable(WORK.resolve(name), RUNTIME, passwordFile);
    }

    /** A postmaster.pid as PostgreSQL writes it, but naming {@code pid}. */
    private static void writePidFile(Path dataDirectory, long pid) throws IOException {
        Files.writeString(dataDirectory.resolve(Postmaster.PID_FILE), pid + "\n" + dataDirectory + "\n"
                + Instant.now().getEpochSecond() + "\n5432\n\nlocalhost\n  1234567         8\nready   \n");
    }

    private static ProcessHandle.Info info(String command, String... arguments) {
        return new ProcessHandle.Info() {
            @Override
            public Optional<String> command() {
                return Optional.ofNullable(command);
            }

            @Override
            public Optional<String> commandLine() {
                return Optional.empty();
            }

            @Override
            public Optional<String[]> arguments() {
                return command == null ? Optional.empty() : Optional.of(arguments);
            }

            @Override
            public Optional<Instant> startInstant() {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            @Override
            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
