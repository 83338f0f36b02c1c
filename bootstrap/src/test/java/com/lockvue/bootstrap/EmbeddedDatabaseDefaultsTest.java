package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the embedded PostgreSQL is when nobody asks for less: durable, password-protected, on loopback only, in
 * folders no other user can read; what a test may relax; and how a folder from before all this is brought up to it.
 */
class EmbeddedDatabaseDefaultsTest {
    private static final Path WORK = Path.of("target", "embedded-defaults-test").toAbsolutePath();
    private static final Path RUNTIME = WORK.resolve("runtime");
    private static final Set<PosixFilePermission> GROUP_OR_OTHER = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static EmbeddedDatabase durable;

    @BeforeAll
    static void startTheDefault() throws IOException {
        deleteRecursively(WORK);
        durable = EmbeddedDatabase.start(EmbeddedDatabase.Settings.durable(WORK.resolve("durable"), RUNTIME,
                DevelopmentSecrets.databasePasswordFile(WORK.resolve("secrets"))));
    }

    @AfterAll
    static void stop() {
        if (durable != null) {
            durable.close();
        }
    }

    @Test
    void theDefaultStartFlushesEveryCommitToDiskBeforeAcknowledgingIt() throws SQLException {
        try (Connection c = connect(durable)) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void onlyATestThatAsksForItGetsTheRelaxedSettings() throws SQLException {
        EmbeddedDatabase.Settings relaxed = EmbeddedDatabase.Settings.durable(WORK.resolve("relaxed"), RUNTIME,
                        DevelopmentSecrets.databasePasswordFile(WORK.resolve("secrets")))
                .with(EmbeddedDatabase.Durability.NOT_DURABLE)
                .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(relaxed); Connection c = connect(database)) {
            assertThat(show(c, "fsync")).isEqualTo("off");
            assertThat(show(c, "synchronous_commit")).isEqualTo("off");
            assertThat(show(c, "full_page_writes")).isEqualTo("off");
        }
        assertThat(WORK.resolve("relaxed")).as("deleted on close").doesNotExist();
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefusedAndTheRightOneWorks() throws SQLException {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", durable.user());
        assertThatThrownBy(() -> DriverManager.getConnection(durable.jdbcUrl(), noPassword).close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(durable.jdbcUrl(), durable.user(), "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(durable.jdbcUrl(), durable.user(), durable.password() + "x")
                .close()).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = connect(durable)) {
            assertThat(show(c, "port")).isEqualTo(String.valueOf(durable.port()));
        }
    }

    @Test
    void itListensOnLoopbackOnlyWithPasswordRulesAloneAndNoUnixSocket() throws SQLException {
        try (Connection c = connect(durable)) {
            assertThat(show(c, "listen_addresses")).isEqualTo("localhost");
            assertThat(show(c, "unix_socket_directories")).isEmpty();
            assertThat(show(c, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(hbaRules(c)).containsExactly("host all all 127.0.0.1 scram-sha-256",
                    "host all all ::1 scram-sha-256");
        }
        assertThat(Path.of("/tmp", ".s.PGSQL." + durable.port())).doesNotExist();
    }

    @Test
    void itsFoldersAndItsPasswordAreReadableByTheirOwnerAlone() throws IOException {
        assertThat(Files.getPosixFilePermissions(durable.dataDirectory())).doesNotContainAnyElementsOf(GROUP_OR_OTHER);
        // The binaries are run as this user: nobody else may replace them. (The library unpacks them once per JVM,
        // so CrashIT checks this too, on a server that has just unpacked them.)
        assertThat(Files.getPosixFilePermissions(RUNTIME)).doesNotContainAnyElementsOf(GROUP_OR_OTHER);
        assertThat(Files.getPosixFilePermissions(WORK.resolve("secrets"))).doesNotContainAnyElementsOf(GROUP_OR_OTHER);
        assertThat(Files.getPosixFilePermissions(WORK.resolve("secrets").resolve(DevelopmentSecrets.DATABASE_PASSWORD)))
                .doesNotContainAnyElementsOf(GROUP_OR_OTHER);
    }

    @Test
    void aFolderOfAnEarlierVersionThatTrustedEveryoneIsGivenThePasswordAndKeepsItsData() throws Exception {
        Path folder = WORK.resolve("trusting");
        // What earlier versions made: the library's defaults, trust for every local connection, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(RUNTIME.toFile()).setRegisterShutdownHook(false).start();
                Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('from before the upgrade')");
        }
        assertThat(Files.readString(folder.resolve("pg_hba.conf"))).contains("trust");

        EmbeddedDatabase.Settings settings = EmbeddedDatabase.Settings.durable(folder, RUNTIME,
                DevelopmentSecrets.databasePasswordFile(WORK.resolve("secrets")));
        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(settings)) {
            assertThat(Files.readString(folder.resolve("pg_hba.conf"))).isEqualTo(ClientAuthentication.PASSWORD_ONLY);
            Properties noPassword = new Properties();
            noPassword.setProperty("user", upgraded.user());
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), noPassword).close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = connect(upgraded); ResultSet rows = c.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from before the upgrade");
                assertThat(hbaRules(c)).allMatch(rule -> rule.startsWith("host ") && rule.endsWith(" scram-sha-256"));
            }
        }
        // And the next start is an ordinary one.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(settings); Connection c = connect(again)) {
            assertThat(show(c, "fsync")).isEqualTo("on");
        }
    }

    static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    private static List<String> hbaRules(Connection c) throws SQLException {
        List<String> rules = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("select type, array_to_string(database, ','),"
                + " array_to_string(user_name, ','), address, auth_method, error from pg_hba_file_rules order by rule_number")) {
            while (r.next()) {
                assertThat(r.getString(6)).as("pg_hba.conf error").isNull();
                rules.add(String.join(" ", r.getString(1), r.getString(2), r.getString(3), String.valueOf(r.getString(4)),
                        r.getString(5)));
            }
        }
        return rules;
    }

    static void deleteRecursively(Path root) throws IOException {
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
