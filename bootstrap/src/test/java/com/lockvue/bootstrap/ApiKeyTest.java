package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** API keys: made by the owner, shown once, stored as a hash, used as bearer credentials, revoked at once. */
@QuarkusTest
class ApiKeyTest {
    @Inject
    DataSource dataSource;

    @Test
    void aKeyIsShownOnceAndStoredOnlyAsItsHash() {
        Owner owner = Owner.signUp();
        JsonPath created = owner.createApiKey("Booking engine", "FULL");
        String key = created.getString("key");
        assertThat(key).matches("^lvk_[A-Za-z0-9_-]{43}$");
        assertThat(created.getString("prefix")).isEqualTo(key.substring(0, 12));

        List<Map<String, Object>> listed = owner.request().get("/api/v1/api-keys").then().statusCode(200)
                .extract().path("items");
        assertThat(listed).singleElement().satisfies(k -> {
            assertThat(k).containsEntry("name", "Booking engine").containsEntry("scope", "FULL")
                    .containsEntry("prefix", key.substring(0, 12)).doesNotContainKey("key");
            assertThat(k.get("lastUsedAt")).isNull();
        });
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM api_keys WHERE id = ?::uuid AND secret_hash"
                + " = sha256(convert_to(?, 'UTF8'))", created.getString("id"), key)).isEqualTo(1);
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM api_keys t WHERE t::text LIKE ?",
                "%" + key.substring(12) + "%")).as("the secret itself is nowhere in the row").isZero();
        assertThat(owner.auditEvents("action=API_KEY_CREATED")).singleElement()
                .satisfies(e -> assertThat(((Map<?, ?>) e.get("actor")).get("type")).isEqualTo("USER"));
    }

    @Test
    void aFullKeyActsOnItsAccountAndTheAuditTrailNamesIt() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        JsonPath created = owner.createApiKey("PMS", "FULL");
        String key = created.getString("key");

        String lockId = owner.api.with(key).body(Map.of("serialNumber", serial(), "name", "Gate")).post("/api/v1/locks")
                .then().statusCode(201).extract().path("id");
        owner.api.with(key).get("/api/v1/locks/" + lockId).then().statusCode(200).body("name", equalTo("Gate"));

        Map<String, Object> activated = owner.auditEvents("action=LOCK_ACTIVATED").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = (Map<String, Object>) activated.get("actor");
        assertThat(actor).containsEntry("type", "API_KEY").containsEntry("id", created.getString("id"));
        owner.request().get("/api/v1/api-keys").then().statusCode(200)
                .body("items[0].lastUsedAddress", equalTo(owner.api.clientAddress()))
                .body("items[0].lastUsedAt", not(nullValue()));
    }

    @Test
    void aReadOnlyKeyReadsButChangesNothing() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lockId = owner.activateLock("Front door");
        String key = owner.createApiKey("Reporting", "READ_ONLY").getString("key");
        DatabaseState before = DatabaseState.of(dataSource);

        owner.api.with(key).get("/api/v1/locks").then().statusCode(200).body("items.id", hasItem(lockId));
        owner.api.with(key).get("/api/v1/audit-events").then().statusCode(200);
        owner.api.with(key).body(Map.of("serialNumber", serial(), "name", "Back door")).post("/api/v1/locks").then()
                .statusCode(403).body("code", equalTo("api-key-read-only"));
        owner.api.with(key).body(Map.of("uniqueCodesEnabled", false)).patch("/api/v1/settings").then()
                .statusCode(403).body("code", equalTo("api-key-read-only"));

        DatabaseState after = DatabaseState.of(dataSource);
        assertThat(withoutKeys(after)).isEqualTo(withoutKeys(before));
        assertThat(after.successEvents()).isEqualTo(before.successEvents());
    }

    @Test
    void keysCannotManageKeysNorTheOwnersLogin() {
        Owner owner = Owner.signUp();
        String key = owner.createApiKey("Full", "FULL").getString("key");
        String keyId = owner.request().get("/api/v1/api-keys").then().extract().path("items[0].id");
        for (String[] endpoint : List.of(new String[] {"GET", "/api/v1/api-keys"},
                new String[] {"POST", "/api/v1/api-keys"}, new String[] {"DELETE", "/api/v1/api-keys/" + keyId},
                new String[] {"GET", "/api/v1/me"}, new String[] {"POST", "/api/v1/auth/logout"},
                new String[] {"POST", "/api/v1/me/password"}, new String[] {"GET", "/api/v1/code-session/locks"})) {
            owner.api.unchecked(key).contentType("application/json").body("{}").request(endpoint[0], endpoint[1])
                    .then().statusCode(403).body("code", equalTo("forbidden"));
        }
        owner.request().get("/api/v1/api-keys").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void aRevokedKeyIsRefusedOnItsVeryNextRequest() {
        Owner owner = Owner.signUp();
        JsonPath created = owner.createApiKey("Old integration", "FULL");
        String key = created.getString("key");
        owner.api.with(key).get("/api/v1/locks").then().statusCode(200);

        owner.request().delete("/api/v1/api-keys/" + created.getString("id")).then().statusCode(204);

        owner.api.unchecked(key).get("/api/v1/locks").then().statusCode(401).body("code", equalTo("not-authenticated"));
        owner.request().get("/api/v1/api-keys").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        owner.request().delete("/api/v1/api-keys/" + created.getString("id")).then().statusCode(404)
                .body("code", equalTo("api-key-not-found"));
        assertThat(owner.auditEvents("action=API_KEY_REVOKED")).hasSize(1);
    }

    @Test
    void anExpiredKeyIsRefused() {
        Owner owner = Owner.signUp();
        JsonPath created = owner.request().body(Map.of("name", "Short-lived", "scope", "FULL",
                "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).post("/api/v1/api-keys").then()
                .statusCode(201).extract().jsonPath();
        String key = created.getString("key");
        owner.api.with(key).get("/api/v1/locks").then().statusCode(200);
        DatabaseState.execute(dataSource, "UPDATE api_keys SET created_at = now() - interval '2 days',"
                + " expires_at = now() - interval '1 second' WHERE id = ?::uuid", created.getString("id"));

        owner.api.unchecked(key).get("/api/v1/locks").then().statusCode(401).body("code", equalTo("not-authenticated"));
        owner.request().body(Map.of("name", "Past", "scope", "FULL", "expiresAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/api-keys").then().statusCode(400).body("code", equalTo("expiry-out-of-range"));
    }

    @Test
    void unknownAndMalformedKeysAreRefusedAndNeverTakenForJwts() {
        Owner owner = Owner.signUp();
        for (String bad : List.of("lvk_" + "A".repeat(43), "lvk_short", "lvk_" + "A".repeat(42) + "B")) {
            owner.api.unchecked(bad).get("/api/v1/locks").then().statusCode(401).body("code", equalTo("not-authenticated"));
        }
        owner.request().get("/api/v1/locks").then().statusCode(200);
    }

    /** Last use is written at most once a minute: the second use within the minute leaves the stored one as it is. */
    @Test
    void lastUseIsStoredToTheMinuteNotOnEveryRequest() {
        Owner owner = Owner.signUp();
        JsonPath created = owner.createApiKey("Busy", "READ_ONLY");
        String key = created.getString("key");
        owner.api.with(key).get("/api/v1/locks").then().statusCode(200);
        String first = lastUsedAt(owner);
        owner.api.with(key).get("/api/v1/locks").then().statusCode(200);
        assertThat(lastUsedAt(owner)).isEqualTo(first);

        DatabaseState.execute(dataSource, "UPDATE api_keys SET last_used_at = last_used_at - interval '61 seconds'"
                + " WHERE id = ?::uuid", created.getString("id"));
        String aged = lastUsedAt(owner);
        owner.api.with(key).get("/api/v1/locks").then().statusCode(200);
        assertThat(Instant.parse(lastUsedAt(owner))).isAfter(Instant.parse(aged));
    }

    private static String lastUsedAt(Owner owner) {
        return owner.request().get("/api/v1/api-keys").then().statusCode(200).extract().path("items[0].lastUsedAt");
    }

    /** Reading with a key notes its last use; everything else must be untouched. */
    private static Map<String, String> withoutKeys(DatabaseState state) {
        Map<String, String> tables = new java.util.LinkedHashMap<>(state.tables());
        tables.remove("api_keys");
        return tables;
    }

    private static String serial() {
        return "LV-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
    }
}
