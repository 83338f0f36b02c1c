package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances of the packaged server on one PostgreSQL, sharing their secrets, as behind a load balancer: what the
 * owner does on one is what a phone sees on the other, on its very next request; the login rate limits (per address, per device) are shared.
 */
@Timeout(300)
class TwoInstancesIT {
    private static final Path WORK = ServerProcess.WORK.resolve("two-instances");
    private static EmbeddedDatabase database;
    private static ServerProcess a;
    private static ServerProcess b;

    @BeforeAll
    static void start() {
        try {
            database = EmbeddedDatabase.start(ItSupport.databaseSettings(WORK)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
            Map<String, String> env = ItSupport.serverEnvironment(database, WORK.resolve("shared-secrets"));
            long started = System.nanoTime();
            a = ServerProcess.start("a", WORK, env);
            b = ServerProcess.start("b", WORK, env);
            System.out.printf("[TwoInstancesIT] both instances ready in %d ms (A on %d, B on %d)%n",
                    (System.nanoTime() - started) / 1_000_000, a.port, b.port);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(b, a, database);
    }

    @Test
    void whatTheOwnerDoesOnOneInstanceThePhoneSeesOnTheOtherAtItsNextRequest() {
        String owner = ItSupport.signUp(a.baseUrl());
        ItSupport.expect(Http.call(a.baseUrl(), "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        String lockId = ItSupport.activateLock(a.baseUrl(), owner, "Front door");
        JsonNode code = ItSupport.expect(Http.call(a.baseUrl(), "POST", "/api/v1/unique-codes", owner, Map.of(
                "description", "Plumber", "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())), 201).json();
        String codeId = code.get("id").asText();
        JsonNode shared = ItSupport.expect(Http.call(a.baseUrl(), "POST", "/api/v1/permissions", owner, Map.of(
                "lockIds", List.of(lockId), "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", codeId),
                "level", "MAINTENANCE")), 200).json();
        String permissionId = shared.get("items").get(0).get("id").asText();

        // The phone talks to B only: its session token is B's, and B sees what A wrote.
        String deviceId = "device-" + UUID.randomUUID();
        JsonNode login = ItSupport.expect(Http.call(b.baseUrl(), "POST", "/api/v1/code-login", null,
                Map.of("code", code.get("code").asText(), "deviceId", deviceId)), 200).json();
        String session = login.get("accessToken").asText();
        JsonNode locks = ItSupport.expect(Http.call(b.baseUrl(), "GET", "/api/v1/code-session/locks", session, null), 200)
                .json();
        assertThat(locks.get("items").findValuesAsText("lockId")).containsExactly(lockId);
        // A token made by B is good on A too: the secrets are shared.
        ItSupport.expect(Http.call(a.baseUrl(), "GET", "/api/v1/code-session/locks", session, null), 200);

        ItSupport.expect(Http.call(a.baseUrl(), "DELETE", "/api/v1/permissions/" + permissionId, owner, null), 204);
        locks = ItSupport.expect(Http.call(b.baseUrl(), "GET", "/api/v1/code-session/locks", session, null), 200).json();
        assertThat(locks.get("items").findValuesAsText("lockId")).as("revoked on A, gone on B at once").isEmpty();

        ItSupport.expect(Http.call(a.baseUrl(), "DELETE", "/api/v1/unique-codes/" + codeId, owner, null), 204);
        Http.Answer ended = ItSupport.expect(Http.call(b.baseUrl(), "GET", "/api/v1/code-session/locks", session, null), 401);
        assertThat(ended.json().get("code").asText()).isEqualTo("code-session-ended");
        assertThat(ended.contentType()).startsWith("application/problem+json");
    }

    @Test
    void oneDevicesLoginAllowanceIsSharedByBothInstances() {
        String deviceId = "device-" + UUID.randomUUID();
        String address = "198.18.1.1";
        for (int i = 0; i < 10; i++) {
            ServerProcess server = i % 2 == 0 ? a : b;
            ItSupport.expect(Http.callFrom(address, server.baseUrl(), "POST", "/api/v1/code-login", null,
                    Map.of("code", "ZZZZZZZZZZZZ", "deviceId", deviceId)), 401);
        }
        for (ServerProcess server : List.of(a, b)) {
            expectLimited(Http.callFrom(address, server.baseUrl(), "POST", "/api/v1/code-login", null,
                    Map.of("code", "ZZZZZZZZZZZZ", "deviceId", deviceId)));
        }
    }

    @Test
    void oneAddressesLoginAllowanceIsSharedByBothInstances() {
        // 20 wrong codes per address per window (the default), each from a new device so that only the address
        // counts, half of them on each instance; the next try is refused on both.
        String address = "198.18.2.2";
        for (int i = 0; i < 20; i++) {
            ServerProcess server = i % 2 == 0 ? a : b;
            ItSupport.expect(Http.callFrom(address, server.baseUrl(), "POST", "/api/v1/code-login", null,
                    Map.of("code", "ZZZZZZZZZZZZ", "deviceId", "device-" + UUID.randomUUID())), 401);
        }
        for (ServerProcess server : List.of(a, b)) {
            expectLimited(Http.callFrom(address, server.baseUrl(), "POST", "/api/v1/code-login", null,
                    Map.of("code", "ZZZZZZZZZZZZ", "deviceId", "device-" + UUID.randomUUID())));
        }
        // Another client behind the same proxy is not affected.
        ItSupport.expect(Http.callFrom("198.18.2.3", b.baseUrl(), "POST", "/api/v1/code-login", null,
                Map.of("code", "ZZZZZZZZZZZZ", "deviceId", "device-" + UUID.randomUUID())), 401);
    }

    private static void expectLimited(Http.Answer answer) {
        ItSupport.expect(answer, 429);
        assertThat(answer.json().get("code").asText()).isEqualTo("too-many-attempts");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isNotNull();
    }
}
