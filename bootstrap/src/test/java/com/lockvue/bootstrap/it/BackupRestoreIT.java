package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.DevelopmentSecrets;
import com.lockvue.bootstrap.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The backup procedure of docs/operations.md, as an operator runs it: pg_dump of a database populated through the
 * API, pg_restore into a fresh database, the server started on it with the same secrets. Codes still log in (and
 * stay bound to their device), permissions and the audit trail are as they were, the audit trail is still
 * append-only. Without the code secret, no code logs in any more.
 */
@Timeout(300)
class BackupRestoreIT {
    private static final Path WORK = ServerProcess.WORK.resolve("backup-restore");
    private static final Path SERVER_BINARIES = Path.of(System.getProperty("lockvue.it.pg-dump-server",
            "target/it-tools/postgres-for-pg-dump.jar"));
    private static final String SERVER_VERSION = System.getProperty("lockvue.it.pg-dump-server-version", "15.20.0");
    private static EmbeddedPostgres postgres;
    private static Map<String, String> secrets;

    @BeforeAll
    static void start() throws IOException {
        requirePgDumpOfTheServersVersion();
        postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, machine) -> binariesFromJar())
                .setDataDirectory(WORK.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(Files.createDirectories(WORK.resolve("postgres-runtime")).toFile())
                .start();
        secrets = DevelopmentSecrets.ensure(WORK.resolve("secrets"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseServesTheSameCodesPermissionsAndAuditTrail() throws Exception {
        sql("postgres", "CREATE DATABASE lockvue");
        Population before;
        try (ServerProcess original = server("original", "lockvue", secrets)) {
            before = populate(original.baseUrl());
        }

        Path dump = WORK.resolve("lockvue.dump");
        run("pg_dump", "--format=custom", "--file=" + dump, "--host=localhost", "--port=" + postgres.getPort(),
                "--username=postgres", "lockvue");
        sql("postgres", "CREATE DATABASE restored");
        run("pg_restore", "--exit-on-error", "--single-transaction", "--no-owner", "--host=localhost",
                "--port=" + postgres.getPort(), "--username=postgres", "--dbname=restored", dump.toString());

        try (ServerProcess restored = server("restored", "restored", secrets)) {
            String base = restored.baseUrl();
            String owner = logIn(base, before.email());
            JsonNode codes = ItSupport.expect(Http.call(base, "GET", "/api/v1/unique-codes", owner, null), 200).json();
            assertThat(codes.get("items").findValuesAsText("code")).containsExactly(before.code());

            JsonNode session = ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                    Map.of("code", before.code(), "deviceId", before.device())), 200).json();
            ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                    Map.of("code", before.code(), "deviceId", "phone-" + UUID.randomUUID())), 409);
            JsonNode locks = ItSupport.expect(Http.call(base, "GET", "/api/v1/code-session/locks",
                    session.get("accessToken").asText(), null), 200).json();
            assertThat(locks.get("items").findValuesAsText("lockId")).containsExactly(before.stillShared());
            assertThat(permissions(base, owner)).isEqualTo(before.permissions());

            List<JsonNode> trail = auditTrail(base, owner);
            assertThat(trail.subList(trail.size() - before.auditTrail().size(), trail.size()))
                    .as("the events from before the backup, unchanged and in order").isEqualTo(before.auditTrail());
        }
        assertThatThrownBy(() -> sql("restored", "UPDATE audit_events SET reason = 'rewritten'"))
                .as("the audit trail is still append-only").isInstanceOf(SQLException.class);

        Map<String, String> otherSecret = new HashMap<>(secrets);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        otherSecret.put("lockvue.unique-codes.secret", Base64.getEncoder().encodeToString(key));
        try (ServerProcess withoutTheSecret = server("other-secret", "restored", otherSecret)) {
            String base = withoutTheSecret.baseUrl();
            logIn(base, before.email());
            Http.Answer refused = ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                    Map.of("code", before.code(), "deviceId", before.device())), 401);
            assertThat(refused.json().get("code").asText()).isEqualTo("invalid-unique-code");
        }
    }

    /** An account with two locks, one code shared to both then revoked from one, used on a phone, a command. */
    private static Population populate(String base) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        ItSupport.expect(Http.call(base, "POST", "/api/v1/accounts", null, Map.of("accountName", "Backed up",
                "email", email, "password", ItSupport.PASSWORD, "timeZone", "UTC")), 201);
        String owner = logIn(base, email);
        ItSupport.expect(Http.call(base, "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        String front = ItSupport.activateLock(base, owner, "Front door");
        String back = ItSupport.activateLock(base, owner, "Back door");
        JsonNode code = ItSupport.expect(Http.call(base, "POST", "/api/v1/unique-codes", owner, Map.of(
                "description", "Plumber", "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())), 201).json();
        JsonNode shared = ItSupport.expect(Http.call(base, "POST", "/api/v1/permissions", owner, Map.of(
                "lockIds", List.of(front, back),
                "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code.get("id").asText()),
                "level", "MAINTENANCE")), 200).json();
        for (JsonNode permission : shared.get("items")) {
            if (permission.get("lockId").asText().equals(back)) {
                ItSupport.expect(Http.call(base, "DELETE", "/api/v1/permissions/" + permission.get("id").asText(),
                        owner, null), 204);
            }
        }
        String device = "phone-" + UUID.randomUUID();
        String session = ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                Map.of("code", code.get("code").asText(), "deviceId", device)), 200).json().get("accessToken").asText();
        ItSupport.expect(Http.call(base, "POST", "/api/v1/locks/" + front + "/unlock-commands", session,
                Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK")), 201);
        ItSupport.expect(Http.call(base, "POST", "/api/v1/locks/" + back + "/unlock-commands", session,
                Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK")), 404);
        return new Population(email, code.get("code").asText(), device, front, permissions(base, owner),
                auditTrail(base, owner));
    }

    private record Population(String email, String code, String device, String stillShared, JsonNode permissions,
            List<JsonNode> auditTrail) {
    }

    private static String logIn(String base, String email) {
        return ItSupport.expect(Http.call(base, "POST", "/api/v1/auth/login", null,
                Map.of("email", email, "password", ItSupport.PASSWORD)), 200).json().get("accessToken").asText();
    }

    private static JsonNode permissions(String base, String owner) {
        return ItSupport.expect(Http.call(base, "GET", "/api/v1/permissions", owner, null), 200).json().get("items");
    }

    /** Every audit event of the account, newest first, following the cursor. */
    private static List<JsonNode> auditTrail(String base, String owner) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ItSupport.expect(Http.call(base, "GET", "/api/v1/audit-events?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), owner, null), 200).json();
            page.get("items").forEach(events::add);
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return events;
    }

    private static ServerProcess server(String name, String database, Map<String, String> secretConfig) {
        Map<String, String> env = new HashMap<>();
        env.put("LOCKVUE_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database);
        env.put("LOCKVUE_DB_USER", "postgres");
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", secretConfig.get("smallrye.jwt.sign.key.location"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", secretConfig.get("mp.jwt.verify.publickey.location"));
        env.put("LOCKVUE_UNIQUE_CODES_SECRET", secretConfig.get("lockvue.unique-codes.secret"));
        env.put("LOCKVUE_LOCK_COMMAND_KEYSTORE_DEVELOPMENT_PATH",
                secretConfig.get("lockvue.lock-command.keystore.development-path"));
        return ServerProcess.start(name, WORK, env);
    }

    private static void sql(String database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database + "?user=postgres");
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path output = WORK.resolve(command[0] + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(output)).isZero();
    }

    private static InputStream binariesFromJar() throws IOException {
        JarFile jar = new JarFile(SERVER_BINARIES.toFile());
        return jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"));
    }

    /** pg_dump reads servers of its own major version or older: the test's server and the machine's pg_dump match. */
    private static void requirePgDumpOfTheServersVersion() throws IOException {
        String major = SERVER_VERSION.substring(0, SERVER_VERSION.indexOf('.'));
        Process version = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
        String printed = new String(version.getInputStream().readAllBytes());
        assertThat(printed).as("pg_dump " + major + " on the PATH (Debian bookworm: apt-get install postgresql-client)")
                .contains("(PostgreSQL) " + major + ".");
    }
}
