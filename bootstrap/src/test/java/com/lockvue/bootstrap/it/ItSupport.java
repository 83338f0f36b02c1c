package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.DevelopmentSecrets;
import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the integration tests share: the servers' environment, a few API steps, and careful cleanup. */
final class ItSupport {
    static final String PASSWORD = "correct horse battery";

    private ItSupport() {
    }

    /**
     * The environment for a server instance: the test's database, and secrets made once in {@code secrets} so that
     * every instance signs and checks tokens and codes alike.
     */
    static Map<String, String> serverEnvironment(EmbeddedDatabase database, Path secrets) {
        Map<String, String> config = DevelopmentSecrets.ensure(secrets);
        Map<String, String> env = new HashMap<>();
        env.put("LOCKVUE_DB_URL", database.jdbcUrl());
        env.put("LOCKVUE_DB_USER", database.user());
        env.put("LOCKVUE_DB_PASSWORD", database.password());
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", config.get("smallrye.jwt.sign.key.location"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.get("mp.jwt.verify.publickey.location"));
        env.put("LOCKVUE_UNIQUE_CODES_SECRET", config.get("lockvue.unique-codes.secret"));
        env.put("LOCKVUE_LOCK_COMMAND_KEYSTORE_DEVELOPMENT_PATH", config.get("lockvue.lock-command.keystore.development-path"));
        // As behind a load balancer on this host: X-Forwarded-For from loopback names the client, so that a test can
        // be a client of its own address (Http.callFrom).
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        return env;
    }

    /**
     * A durable embedded database for a test's own use in {@code work} (its folder {@code postgres}, its password
     * with the test's development secrets), kept when closed.
     */
    static EmbeddedDatabase.Settings databaseSettings(Path work) {
        return EmbeddedDatabase.Settings.durable(work.resolve("postgres"), work.resolve("postgres-runtime"),
                DevelopmentSecrets.databasePasswordFile(work.resolve("database-secrets")));
    }

    static Http.Answer expect(Http.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }

    /** Signs up a fresh account; returns the owner's access token. */
    static String signUp(String base) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        return expect(Http.call(base, "POST", "/api/v1/accounts", null, Map.of("accountName", "IT account",
                "email", email, "password", PASSWORD, "timeZone", "UTC")), 201).json().get("accessToken").asText();
    }

    static String activateLock(String base, String token, String name) {
        return expect(Http.call(base, "POST", "/api/v1/locks", token, lockRequest(name)), 201).json().get("id").asText();
    }

    static Map<String, String> lockRequest(String name) {
        String serial = "LV-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
        return Map.of("serialNumber", serial, "name", name);
    }

    static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[it] could not close " + resource + ": " + e);
            }
        }
    }
}
