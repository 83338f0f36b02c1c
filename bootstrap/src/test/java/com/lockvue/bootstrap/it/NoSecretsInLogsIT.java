package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.DevelopmentSecrets;
import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No code, password, token or key reaches the log. The packaged server runs as in production but with the most a
 * production operator would turn on (DEBUG for com.lockvue, JSON lines with the MDC, the access log), the whole
 * workflow is driven through it, successes and failures alike, and its output is searched for every secret the
 * test knows.
 */
@Timeout(300)
class NoSecretsInLogsIT {
    private static final Path WORK = ServerProcess.WORK.resolve("no-secrets-in-logs");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static EmbeddedDatabase database;
    private static ServerProcess server;
    private static final Map<String, String> secrets = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        try {
            database = EmbeddedDatabase.start(ItSupport.databaseSettings(WORK)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
            String dbUser = "lockvue_it";
            String dbPassword = "db-" + HexFormat.of().formatHex(RANDOM.generateSeed(12));
            try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password());
                    Statement sql = admin.createStatement()) {
                sql.execute("CREATE ROLE " + dbUser + " LOGIN SUPERUSER PASSWORD '" + dbPassword + "'");
            }
            Path secretsDir = WORK.resolve("secrets");
            Map<String, String> env = ItSupport.serverEnvironment(database, secretsDir);
            env.put("LOCKVUE_DB_URL", "jdbc:postgresql://localhost:" + database.port() + "/postgres");
            env.put("LOCKVUE_DB_USER", dbUser);
            env.put("LOCKVUE_DB_PASSWORD", dbPassword);
            env.put("QUARKUS_LOG_CATEGORY__COM_LOCKVUE__LEVEL", "DEBUG");
            env.put("LOCKVUE_LOG_FORMAT", "json");
            server = ServerProcess.start("server", WORK, env);

            secrets.put("database password", dbPassword);
            secrets.put("code secret", env.get("LOCKVUE_UNIQUE_CODES_SECRET"));
            String pem = Files.readString(secretsDir.resolve(DevelopmentSecrets.JWT_PRIVATE_KEY));
            String keyBody = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            secrets.put("token signing key", keyBody);
            secrets.put("token signing key, first line", pem.lines().filter(l -> !l.startsWith("-----")).findFirst()
                    .orElseThrow());
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server, database);
    }

    @Test
    void theWholeWorkflowAndItsFailuresLeaveNoSecretInTheLog() throws Exception {
        String base = server.baseUrl();
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "pw-" + HexFormat.of().formatHex(RANDOM.generateSeed(10));
        String wrongPassword = "wrong-" + HexFormat.of().formatHex(RANDOM.generateSeed(10));
        secrets.put("password", password);
        secrets.put("wrong password typed", wrongPassword);

        String signUpToken = ItSupport.expect(Http.call(base, "POST", "/api/v1/accounts", null, Map.of(
                "accountName", "Logs", "email", email, "password", password, "timeZone", "UTC")), 201)
                .json().get("accessToken").asText();
        ItSupport.expect(Http.call(base, "POST", "/api/v1/auth/login", null,
                Map.of("email", email, "password", wrongPassword)), 401);
        String owner = ItSupport.expect(Http.call(base, "POST", "/api/v1/auth/login", null,
                Map.of("email", email, "password", password)), 200).json().get("accessToken").asText();
        putToken("sign-up token", signUpToken);
        putToken("login token", owner);
        // A body that cannot be parsed, with the password in it: its problem must not quote it into the log either.
        ItSupport.expect(Http.callRaw(base, "POST", "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password), 400);

        ItSupport.expect(Http.call(base, "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        String lockId = ItSupport.activateLock(base, owner, "Front door");
        JsonNode code = ItSupport.expect(Http.call(base, "POST", "/api/v1/unique-codes", owner, Map.of(
                "description", "Plumber", "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())), 201).json();
        String display = code.get("code").asText();
        String codeId = code.get("id").asText();
        ItSupport.expect(Http.call(base, "POST", "/api/v1/permissions", owner, Map.of("lockIds", List.of(lockId),
                "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", codeId), "level", "MAINTENANCE")), 200);
        ItSupport.expect(Http.call(base, "GET", "/api/v1/unique-codes", owner, null), 200);
        List<String> typed = spellings(display);
        for (int i = 0; i < typed.size(); i++) {
            secrets.put("code as typed #" + (i + 1), typed.get(i));
        }

        String device = "phone-" + UUID.randomUUID();
        String session = null;
        for (String spelling : typed) {
            session = ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                    Map.of("code", spelling, "deviceId", device)), 200).json().get("accessToken").asText();
        }
        putToken("code-session token", session);
        ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                Map.of("code", display, "deviceId", "phone-" + UUID.randomUUID())), 409);
        String wrongCode = display.substring(0, display.length() - 1) + (display.endsWith("Z") ? "Y" : "Z");
        secrets.put("wrong code typed", wrongCode.replace("-", "").toLowerCase(Locale.ROOT));
        ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null,
                Map.of("code", wrongCode.replace("-", "").toLowerCase(Locale.ROOT), "deviceId", device)), 401);

        ItSupport.expect(Http.call(base, "GET", "/api/v1/code-session/locks", session, null), 200);
        ItSupport.expect(Http.call(base, "POST", "/api/v1/locks/" + lockId + "/unlock-commands", session,
                Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK")), 201);
        ItSupport.expect(Http.call(base, "POST", "/api/v1/locks/" + lockId + "/unlock-commands", session,
                Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "ADD_USER")), 400);
        ItSupport.expect(Http.call(base, "GET", "/api/v1/audit-events?limit=50", owner, null), 200);
        // A forged token (the real one with its signature changed) and a token in the wrong place.
        ItSupport.expect(Http.call(base, "GET", "/api/v1/locks", owner.substring(0, owner.length() - 4) + "AAAA", null), 401);
        ItSupport.expect(Http.call(base, "GET", "/api/v1/locks?access_token=" + session, null, null), 401);
        ItSupport.expect(Http.call(base, "DELETE", "/api/v1/unique-codes/" + codeId, owner, null), 204);
        ItSupport.expect(Http.call(base, "GET", "/api/v1/code-session/locks", session, null), 401);

        server.close();
        String log = Files.readString(server.log);
        assertThat(log).as("the requests were logged (access log)").contains("POST /api/v1/code-login")
                .contains("POST /api/v1/locks/" + lockId + "/unlock-commands");
        assertThat(log).as("every line is JSON").isNotBlank();
        for (String line : log.split("\n")) {
            assertThat(line.strip()).as("a JSON log line").startsWith("{").endsWith("}");
        }
        List<String> leaked = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (log.contains(value)) {
                leaked.add(what);
            }
        });
        assertThat(leaked).as("secrets found in " + server.log).isEmpty();
        assertThat(log).as("no bcrypt hash").doesNotContainPattern("\\$2[aby]\\$\\d\\d\\$");
    }

    /** A token, and its signature alone (the part that makes it a credential). */
    private static void putToken(String what, String token) {
        secrets.put(what, token);
        secrets.put(what + " signature", token.substring(token.lastIndexOf('.') + 1));
    }

    /** The code as people type it: as shown, without hyphens, in lower case, with spaces. */
    private static List<String> spellings(String display) {
        String compact = display.replace("-", "");
        return List.of(display, compact, compact.toLowerCase(Locale.ROOT), display.toLowerCase(Locale.ROOT).replace('-', ' '));
    }
}
