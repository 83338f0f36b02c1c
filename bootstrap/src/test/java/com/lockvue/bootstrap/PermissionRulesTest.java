package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PermissionRulesTest {

    private static Map<String, Object> share(String codeId, String level, List<String> locks) {
        return Map.of("lockIds", locks, "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", codeId), "level", level);
    }

    @Test
    void sharingIsAllOrNothingWhenOneLockIsNotTheAccounts() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        String codeId = owner.createCode("Guest").getString("id");
        String foreignLock = Owner.signUp().activateLock("Not yours");
        owner.request().body(share(codeId, "RESTRICTED", List.of(lock, foreignLock))).post("/api/v1/permissions")
                .then().statusCode(404).body("code", equalTo("lock-not-found"));
        owner.request().body(share(codeId, "RESTRICTED", List.of(lock, UUID.randomUUID().toString())))
                .post("/api/v1/permissions").then().statusCode(404);
        owner.request().get("/api/v1/permissions?uniqueCodeId=" + codeId).then().body("items", hasSize(0));
        assertThat(owner.auditEvents("action=PERMISSION_GRANTED")).isEmpty();
    }

    @Test
    void aCodeCanHoldAtMostMaintenanceAndSharingAgainChangesTheLevel() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        String codeId = owner.createCode("Guest").getString("id");
        owner.request().body(share(codeId, "ADMIN", List.of(lock))).post("/api/v1/permissions").then()
                .statusCode(400).body("code", equalTo("permission-level-too-high")).body("errors[0].pointer", equalTo("/level"));

        String first = owner.share(codeId, "RESTRICTED", lock).get(0);
        String second = owner.share(codeId, "MAINTENANCE", lock).get(0);
        assertThat(second).isEqualTo(first);
        owner.request().get("/api/v1/permissions?lockId=" + lock).then().body("items", hasSize(1))
                .body("items[0].level", equalTo("MAINTENANCE")).body("items[0].lockName", equalTo("Door"))
                .body("items[0].recipient.description", equalTo("Guest"));
        owner.share(codeId, "MAINTENANCE", lock);
        assertThat(owner.auditEvents("lockId=" + lock)).extracting(e -> (String) e.get("action"))
                .containsExactly("PERMISSION_CHANGED", "PERMISSION_GRANTED", "LOCK_ACTIVATED");
    }

    @Test
    void racingRevokesAndADeleteOfTheSameCodeEndCleanlyWithoutA500() throws Exception {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        String codeId = owner.createCode("Guest").getString("id");
        String permissionId = owner.share(codeId, "RESTRICTED", lock).get(0);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> owner.request().delete("/api/v1/permissions/" + permissionId).statusCode()));
            }
            answers.add(pool.submit(() -> owner.request().delete("/api/v1/unique-codes/" + codeId).statusCode()));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses.subList(0, 3)).allMatch(s -> s == 204 || s == 404);
            assertThat(statuses.get(3)).isEqualTo(204);
        } finally {
            pool.shutdownNow();
        }
        owner.request().get("/api/v1/permissions?lockId=" + lock).then().body("items", hasSize(0));
        assertThat(owner.auditEvents("action=PERMISSION_REVOKED")).hasSize(1);
    }

    @Test
    void duplicateLocksInOneShareAreRefusedNamingTheDuplicate() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        String codeId = owner.createCode("Guest").getString("id");
        owner.api.unchecked(owner.token).contentType("application/json")
                .body(share(codeId, "RESTRICTED", List.of(lock, lock))).post("/api/v1/permissions").then()
                .statusCode(400).body("errors.pointer", contains("/lockIds/1"));
    }

    @Test
    void sharingToAnotherAccountsCodeOrRevokingAnUnknownPermissionIsNotFound() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        Owner other = Owner.signUp().enableUniqueCodes();
        String othersCode = other.createCode("Theirs").getString("id");
        owner.request().body(share(othersCode, "RESTRICTED", List.of(lock))).post("/api/v1/permissions").then()
                .statusCode(404).body("code", equalTo("unique-code-not-found"));
        owner.request().delete("/api/v1/permissions/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("permission-not-found"));
    }

    @Test
    void activatingASerialNumberTwiceAnywhereIsAConflict() {
        Owner owner = Owner.signUp();
        String serial = "LV-" + UUID.randomUUID().toString().substring(0, 8);
        owner.request().body(Map.of("serialNumber", serial.toLowerCase(), "name", "First")).post("/api/v1/locks")
                .then().statusCode(201).body("serialNumber", equalTo(serial.toUpperCase()));
        Owner.signUp().request().body(Map.of("serialNumber", serial, "name", "Second")).post("/api/v1/locks")
                .then().statusCode(409).body("code", equalTo("lock-already-activated"));
    }

    @Test
    void myLocksSearchesByNameOrSerialAndPagesInNameOrder() {
        Owner owner = Owner.signUp();
        for (String name : List.of("delta", "Alpha", "charlie", "Bravo", "echo")) {
            owner.activateLock(name);
        }
        var firstPage = owner.request().get("/api/v1/locks?limit=2").then().statusCode(200)
                .body("items.name", contains("Alpha", "Bravo")).extract().jsonPath();
        owner.request().get("/api/v1/locks?limit=2&cursor=" + firstPage.getString("nextCursor")).then()
                .body("items.name", contains("charlie", "delta"));
        owner.request().get("/api/v1/locks?search=HARL").then().body("items.name", contains("charlie"));
        owner.request().get("/api/v1/locks?search=100%25").then().body("items", hasSize(0));
    }
}
