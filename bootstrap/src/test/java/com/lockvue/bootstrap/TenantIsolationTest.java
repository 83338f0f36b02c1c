package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another account's ids answer 404 on every endpoint, and nothing of the victim changes. */
@QuarkusTest
class TenantIsolationTest {
    private Owner victim;
    private Owner intruder;
    private String lock;
    private String codeId;
    private String permissionId;
    private Phone victimsPhone;

    @BeforeEach
    void twoAccounts() {
        victim = Owner.signUp().enableUniqueCodes();
        intruder = Owner.signUp().enableUniqueCodes();
        lock = victim.activateLock("Vault");
        JsonPath code = victim.createCode("Victim's code");
        codeId = code.getString("id");
        permissionId = victim.share(codeId, "MAINTENANCE", lock).get(0);
        victimsPhone = new Phone();
        victimsPhone.codeLogin(code.getString("code")).statusCode(200);
    }

    @Test
    void everyIdOfAnotherAccountIsNotFoundAndChangesNothing() {
        var as = intruder.request();
        intruder.request().get("/api/v1/locks/" + lock).then().statusCode(404).body("code", equalTo("lock-not-found"));
        intruder.request().get("/api/v1/locks/" + lock + "/trust-anchors").then().statusCode(404);
        intruder.request().get("/api/v1/unique-codes/" + codeId).then().statusCode(404)
                .body("code", equalTo("unique-code-not-found"));
        intruder.request().delete("/api/v1/unique-codes/" + codeId).then().statusCode(404);
        intruder.request().delete("/api/v1/unique-codes/" + codeId + "/device").then().statusCode(404);
        intruder.request().delete("/api/v1/permissions/" + permissionId).then().statusCode(404);
        as.body(Map.of("lockIds", List.of(lock),
                        "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", codeId), "level", "RESTRICTED"))
                .post("/api/v1/permissions").then().statusCode(404);
        intruder.request().get("/api/v1/permissions?lockId=" + lock).then().statusCode(200).body("items", hasSize(0));
        intruder.request().get("/api/v1/permissions?uniqueCodeId=" + codeId).then().statusCode(200).body("items", hasSize(0));
        intruder.request().get("/api/v1/audit-events?lockId=" + lock).then().statusCode(200).body("items", hasSize(0));
        // The intruder's refused command on the victim's lock is in the intruder's trail, without the lock's name.
        intruder.request().body(Map.of("nonce", "AAAAAAAAAAAAAAAAAAAAAA", "action", "UNLOCK"))
                .post("/api/v1/locks/" + lock + "/unlock-commands").then().statusCode(404);
        intruder.request().get("/api/v1/audit-events?action=LOCK_COMMAND_ISSUED").then().statusCode(200)
                .body("items[0].lockId", equalTo(lock)).body("items[0].lockName", equalTo(null))
                .body("items[0].outcome", equalTo("FAILURE"));
        intruder.request().get("/api/v1/locks").then().body("items", hasSize(0));
        intruder.request().get("/api/v1/unique-codes").then().body("items", hasSize(0));

        victim.request().get("/api/v1/unique-codes/" + codeId).then().statusCode(200)
                .body("device.deviceId", equalTo(victimsPhone.deviceId)).body("sharedLockCount", equalTo(1));
        victimsPhone.locks().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void tokensOnlyWorkOnTheirOwnKindOfEndpoint() {
        victimsPhone.api.unchecked(victimsPhone.token()).get("/api/v1/locks").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        victimsPhone.api.unchecked(victimsPhone.token()).get("/api/v1/me").then().statusCode(403);
        victimsPhone.api.unchecked(victimsPhone.token()).delete("/api/v1/unique-codes/" + codeId).then().statusCode(403);
        victim.api.unchecked(victim.token).get("/api/v1/code-session/locks").then().statusCode(403);
        victim.api.unchecked().get("/api/v1/locks").then().statusCode(401).body("code", equalTo("not-authenticated"))
                .header("WWW-Authenticate", "Bearer");
        victim.api.unchecked(victim.token + "x").get("/api/v1/locks").then().statusCode(401);
        victim.request().get("/api/v1/unique-codes/" + codeId).then().statusCode(200);
    }
}
