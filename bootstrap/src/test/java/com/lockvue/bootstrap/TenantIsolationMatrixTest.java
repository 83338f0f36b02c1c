package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two accounts side by side: every id-taking endpoint, used with the other account's ids, answers 404 (or an
 * empty list for filters) and changes nothing; and each kind of token only opens its own endpoints.
 */
@QuarkusTest
class TenantIsolationMatrixTest {
    @Inject
    DataSource dataSource;

    private Owner alice;
    private Owner bob;
    private String bobLock;
    private String bobCode;
    private String bobPermission;
    private String bobEndpoint;
    private String aliceLock;
    private String aliceCode;
    private Phone alicePhone;
    private Phone bobPhone;

    @BeforeEach
    void twoAccountsEachWithALockSharedToACode() {
        alice = Owner.signUp().enableUniqueCodes();
        aliceLock = alice.activateLock("Alice door");
        JsonPath aliceCodeJson = alice.createCode("Alice visitor");
        aliceCode = aliceCodeJson.getString("id");
        alice.share(aliceCode, "MAINTENANCE", aliceLock);
        alicePhone = new Phone();
        alicePhone.codeLogin(aliceCodeJson.getString("code")).statusCode(200);

        bob = Owner.signUp().enableUniqueCodes();
        bobLock = bob.activateLock("Bob door");
        JsonPath bobCodeJson = bob.createCode("Bob visitor");
        bobCode = bobCodeJson.getString("id");
        bobPermission = bob.share(bobCode, "MAINTENANCE", bobLock).get(0);
        bobPhone = new Phone();
        bobPhone.codeLogin(bobCodeJson.getString("code")).statusCode(200);
        bobEndpoint = bob.request().body(Map.of("url", "http://127.0.0.1:9/bob", "eventTypes", List.of("settings.changed")))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("endpoint.id");
    }

    @Test
    void everyEndpointTakingAnIdAnswersNotFoundForAnotherAccountsIdsAndChangesNothing() {
        DatabaseState before = DatabaseState.of(dataSource);

        alice.request().get("/api/v1/locks/" + bobLock).then().statusCode(404).body("code", equalTo("lock-not-found"));
        alice.request().get("/api/v1/locks/" + bobLock + "/trust-anchors").then().statusCode(404)
                .body("code", equalTo("lock-not-found"));
        alice.request().body(Map.of("nonce", "AAAAAAAAAAAAAAAAAAAAAA", "action", "UNLOCK"))
                .post("/api/v1/locks/" + bobLock + "/unlock-commands").then().statusCode(404)
                .body("code", equalTo("lock-not-found"));
        alicePhone.api.with(alicePhone.token()).body(Map.of("nonce", "AAAAAAAAAAAAAAAAAAAAAA", "action", "UNLOCK"))
                .post("/api/v1/locks/" + bobLock + "/unlock-commands").then().statusCode(404)
                .body("code", equalTo("lock-not-found"));
        alice.request().get("/api/v1/unique-codes/" + bobCode).then().statusCode(404)
                .body("code", equalTo("unique-code-not-found"));
        alice.request().delete("/api/v1/unique-codes/" + bobCode).then().statusCode(404)
                .body("code", equalTo("unique-code-not-found"));
        alice.request().delete("/api/v1/unique-codes/" + bobCode + "/device").then().statusCode(404)
                .body("code", equalTo("unique-code-not-found"));
        alice.request().body(Map.of("description", "Taken over")).patch("/api/v1/unique-codes/" + bobCode).then()
                .statusCode(404).body("code", equalTo("unique-code-not-found"));
        alice.request().put("/api/v1/unique-codes/" + bobCode + "/suspension").then().statusCode(404);
        alice.request().delete("/api/v1/unique-codes/" + bobCode + "/suspension").then().statusCode(404);
        alice.request().get("/api/v1/unique-codes/" + bobCode + "/diagnosis").then().statusCode(404);
        alice.request().get("/api/v1/unique-codes/" + aliceCode + "/diagnosis?lockId=" + bobLock).then()
                .statusCode(404).body("code", equalTo("lock-not-found"));
        alice.request().delete("/api/v1/permissions/" + bobPermission).then().statusCode(404)
                .body("code", equalTo("permission-not-found"));
        // Sharing across accounts, in both directions, is refused as a whole.
        alice.request().body(share(List.of(aliceLock), bobCode)).post("/api/v1/permissions").then().statusCode(404)
                .body("code", equalTo("unique-code-not-found"));
        alice.request().body(share(List.of(bobLock), aliceCode)).post("/api/v1/permissions").then().statusCode(404)
                .body("code", equalTo("lock-not-found"));
        alice.request().body(share(List.of(aliceLock, bobLock), aliceCode)).post("/api/v1/permissions").then()
                .statusCode(404);

        String endpoint = "/api/v1/webhook-endpoints/" + bobEndpoint;
        alice.request().get(endpoint).then().statusCode(404).body("code", equalTo("webhook-endpoint-not-found"));
        alice.request().body(Map.of("enabled", false)).patch(endpoint).then().statusCode(404)
                .body("code", equalTo("webhook-endpoint-not-found"));
        alice.request().delete(endpoint).then().statusCode(404).body("code", equalTo("webhook-endpoint-not-found"));
        alice.request().post(endpoint + "/rotate-secret").then().statusCode(404);
        alice.request().post(endpoint + "/test").then().statusCode(404);
        alice.request().get(endpoint + "/deliveries").then().statusCode(404);
        alice.request().post(endpoint + "/deliveries/" + java.util.UUID.randomUUID() + "/redeliver").then().statusCode(404);
        alice.request().get("/api/v1/webhook-endpoints").then().statusCode(200).body("items", empty());
        // Alice's feed holds her own account's events only.
        alice.request().get("/api/v1/events?limit=200").then().statusCode(200)
                .body("items.accountId", org.hamcrest.Matchers.everyItem(equalTo(alice.accountId)))
                .body("items.data.uniqueCodeId", org.hamcrest.Matchers.not(hasItem(bobCode)));

        String aliceUser = alice.request().get("/api/v1/me").then().statusCode(200).extract().path("user.id");
        for (String filter : List.of("lockId=" + bobLock, "uniqueCodeId=" + bobCode)) {
            alice.request().get("/api/v1/permissions?" + filter).then().statusCode(200).body("items", empty());
            // Alice's trail holds her own refused attempts on Bob's lock id, and nothing of Bob's.
            List<Map<String, Object>> seen = alice.request().get("/api/v1/audit-events?limit=200&" + filter).then()
                    .statusCode(200).extract().path("items");
            assertThat(seen).allSatisfy(event -> {
                assertThat(event.get("outcome")).isEqualTo("FAILURE");
                assertThat(((Map<?, ?>) event.get("actor")).get("id")).isIn(aliceUser, aliceCode);
            });
        }
        bob.request().get("/api/v1/audit-events?limit=200").then().statusCode(200)
                .body("items.actor.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(aliceUser)));
        // Alice's own lists never show Bob's rows, whatever the page.
        alice.request().get("/api/v1/locks?search=Bob").then().statusCode(200).body("items", empty());
        alice.request().get("/api/v1/unique-codes?limit=200").then().statusCode(200).body("items.id",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(bobCode)));

        DatabaseState after = DatabaseState.of(dataSource);
        assertThat(after.tables()).as("nothing of either account changed").isEqualTo(before.tables());
        assertThat(after.successEvents()).isEqualTo(before.successEvents());
        // Bob's code still works, untouched by Alice's attempts.
        bobPhone.locks().statusCode(200).body("items.lockId", org.hamcrest.Matchers.contains(bobLock));
        bob.request().get("/api/v1/unique-codes/" + bobCode).then().statusCode(200)
                .body("device.deviceId", equalTo(bobPhone.deviceId)).body("sharedLockCount", equalTo(1));
    }

    /** An API key acts on its own account alone: the other account's ids are not found, its lists show nothing. */
    @Test
    void anApiKeyReachesNothingOfAnotherAccount() {
        String aliceKey = alice.createApiKey("Alice PMS", "FULL").getString("key");
        String bobKeyId = bob.createApiKey("Bob PMS", "FULL").getString("id");
        DatabaseState before = DatabaseState.of(dataSource);
        var as = alice.api;

        as.with(aliceKey).get("/api/v1/locks/" + bobLock).then().statusCode(404).body("code", equalTo("lock-not-found"));
        as.with(aliceKey).get("/api/v1/locks/" + bobLock + "/trust-anchors").then().statusCode(404);
        as.with(aliceKey).body(Map.of("nonce", "AAAAAAAAAAAAAAAAAAAAAA", "action", "UNLOCK"))
                .post("/api/v1/locks/" + bobLock + "/unlock-commands").then().statusCode(404)
                .body("code", equalTo("lock-not-found"));
        as.with(aliceKey).get("/api/v1/unique-codes/" + bobCode).then().statusCode(404);
        as.with(aliceKey).delete("/api/v1/unique-codes/" + bobCode).then().statusCode(404);
        as.with(aliceKey).delete("/api/v1/unique-codes/" + bobCode + "/device").then().statusCode(404);
        as.with(aliceKey).delete("/api/v1/permissions/" + bobPermission).then().statusCode(404);
        as.with(aliceKey).body(share(List.of(bobLock), aliceCode)).post("/api/v1/permissions").then().statusCode(404);
        as.with(aliceKey).get("/api/v1/permissions?lockId=" + bobLock).then().statusCode(200).body("items", empty());
        as.with(aliceKey).get("/api/v1/locks?search=Bob").then().statusCode(200).body("items", empty());
        // Alice's trail holds her key's refused attempts on Bob's ids, and nothing of Bob's.
        List<Map<String, Object>> seen = as.with(aliceKey).get("/api/v1/audit-events?limit=200&lockId=" + bobLock)
                .then().statusCode(200).extract().path("items");
        assertThat(seen).isNotEmpty().allSatisfy(event -> {
            assertThat(event.get("outcome")).isEqualTo("FAILURE");
            assertThat(((Map<?, ?>) event.get("actor")).get("type")).isEqualTo("API_KEY");
        });
        // Nor can Alice's session touch Bob's keys.
        alice.request().delete("/api/v1/api-keys/" + bobKeyId).then().statusCode(404)
                .body("code", equalTo("api-key-not-found"));
        alice.request().get("/api/v1/api-keys").then().statusCode(200).body("items.id",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(bobKeyId)));

        DatabaseState after = DatabaseState.of(dataSource);
        Map<String, String> tablesBefore = new java.util.TreeMap<>(before.tables());
        Map<String, String> tablesAfter = new java.util.TreeMap<>(after.tables());
        tablesBefore.remove("api_keys"); // Alice's key notes its own last use
        tablesAfter.remove("api_keys");
        assertThat(tablesAfter).isEqualTo(tablesBefore);
        assertThat(after.successEvents()).isEqualTo(before.successEvents());
        bob.request().get("/api/v1/api-keys").then().statusCode(200).body("items.id",
                org.hamcrest.Matchers.contains(bobKeyId));
    }

    @Test
    void aCodeSessionTokenOpensNoAccountOwnerEndpoint() {
        String session = alicePhone.token();
        List<String[]> adminEndpoints = List.of(
                new String[] {"GET", "/api/v1/me"}, new String[] {"GET", "/api/v1/settings"},
                new String[] {"PATCH", "/api/v1/settings"}, new String[] {"GET", "/api/v1/locks"},
                new String[] {"POST", "/api/v1/locks"}, new String[] {"GET", "/api/v1/locks/" + aliceLock},
                new String[] {"GET", "/api/v1/locks/" + aliceLock + "/trust-anchors"},
                new String[] {"GET", "/api/v1/unique-codes"}, new String[] {"POST", "/api/v1/unique-codes"},
                new String[] {"GET", "/api/v1/unique-codes/" + aliceCode},
                new String[] {"DELETE", "/api/v1/unique-codes/" + aliceCode},
                new String[] {"DELETE", "/api/v1/unique-codes/" + aliceCode + "/device"},
                new String[] {"PATCH", "/api/v1/unique-codes/" + aliceCode},
                new String[] {"PUT", "/api/v1/unique-codes/" + aliceCode + "/suspension"},
                new String[] {"DELETE", "/api/v1/unique-codes/" + aliceCode + "/suspension"},
                new String[] {"GET", "/api/v1/unique-codes/" + aliceCode + "/diagnosis"},
                new String[] {"GET", "/api/v1/permissions"}, new String[] {"POST", "/api/v1/permissions"},
                new String[] {"DELETE", "/api/v1/permissions/" + bobPermission},
                new String[] {"GET", "/api/v1/audit-events"}, new String[] {"GET", "/api/v1/api-keys"},
                new String[] {"POST", "/api/v1/api-keys"}, new String[] {"GET", "/api/v1/events"},
                new String[] {"GET", "/api/v1/webhook-endpoints"}, new String[] {"POST", "/api/v1/webhook-endpoints"},
                new String[] {"GET", "/api/v1/webhook-endpoints/" + bobEndpoint},
                new String[] {"PATCH", "/api/v1/webhook-endpoints/" + bobEndpoint},
                new String[] {"DELETE", "/api/v1/webhook-endpoints/" + bobEndpoint},
                new String[] {"POST", "/api/v1/webhook-endpoints/" + bobEndpoint + "/rotate-secret"},
                new String[] {"POST", "/api/v1/webhook-endpoints/" + bobEndpoint + "/test"},
                new String[] {"GET", "/api/v1/webhook-endpoints/" + bobEndpoint + "/deliveries"});
        DatabaseState before = DatabaseState.of(dataSource);
        for (String[] endpoint : adminEndpoints) {
            alicePhone.api.unchecked(session).contentType("application/json").body("{}")
                    .request(endpoint[0], endpoint[1]).then()
                    .statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        }
        assertThat(DatabaseState.of(dataSource).tables()).isEqualTo(before.tables());
        // The code itself is still fine: the refusals did not end the session.
        alicePhone.locks().statusCode(200);
    }

    @Test
    void anAccountOwnerTokenCannotActAsACodeSession() {
        alice.request().get("/api/v1/code-session/locks").then().statusCode(403).body("code", equalTo("forbidden"));
        bob.request().get("/api/v1/code-session/locks").then().statusCode(403).body("code", equalTo("forbidden"));
        alice.request().body(Map.of("deviceName", "Not a phone")).patch("/api/v1/code-session/device").then()
                .statusCode(403).body("code", equalTo("forbidden"));
    }

    private static Map<String, Object> share(List<String> locks, String code) {
        return Map.of("lockIds", locks, "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code),
                "level", "RESTRICTED");
    }
}
