package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole seed workflow over HTTP, as the help page describes it. */
@QuarkusTest
class UniqueCodeWorkflowTest {

    @Test
    void ownerSharesTwoLocksToACodeAndThePhoneLosesAccessStepByStep() {
        Owner owner = Owner.signUp("Australia/Brisbane");
        owner.request().get("/api/v1/settings").then().statusCode(200).body("uniqueCodesEnabled", equalTo(false));
        owner.enableUniqueCodes();
        String frontDoor = owner.activateLock("Front door");
        String backDoor = owner.activateLock("Back door");

        JsonPath code = owner.createCode("Plumber, Tuesday");
        String codeId = code.getString("id");
        String display = code.getString("code");
        assertThat(display).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        owner.request().get("/api/v1/unique-codes?status=ACTIVE").then().statusCode(200)
                .body("items.id", contains(codeId)).body("items[0].device", nullValue());

        List<String> permissionIds = owner.share(codeId, "MAINTENANCE", frontDoor, backDoor);
        assertThat(permissionIds).hasSize(2);

        Phone phone = new Phone();
        phone.codeLogin(display.replace("-", "").toLowerCase()).statusCode(200)
                .body("uniqueCode.id", equalTo(codeId)).body("tokenType", equalTo("Bearer"));
        phone.locks().statusCode(200)
                .body("items.name", contains("Back door", "Front door"))
                .body("items.level", contains("MAINTENANCE", "MAINTENANCE"));
        owner.request().get("/api/v1/unique-codes/" + codeId).then().statusCode(200)
                .body("device.deviceId", equalTo(phone.deviceId)).body("sharedLockCount", equalTo(2));

        Phone otherPhone = new Phone();
        otherPhone.codeLogin(display).statusCode(409)
                .body("type", equalTo("urn:lockvue:problem:code-bound-to-other-device"));

        owner.request().delete("/api/v1/permissions/" + permissionIds.get(1)).then().statusCode(204);
        phone.locks().statusCode(200).body("items.name", contains("Front door"));

        owner.request().delete("/api/v1/unique-codes/" + codeId).then().statusCode(204);
        phone.locks().statusCode(401).body("code", equalTo("code-session-ended"));
        phone.codeLogin(display).statusCode(401).body("code", equalTo("invalid-unique-code"));
        owner.request().get("/api/v1/unique-codes/" + codeId).then().statusCode(404);
        owner.request().get("/api/v1/permissions?uniqueCodeId=" + codeId).then().statusCode(200).body("items", hasSize(0));

        List<Map<String, Object>> trail = owner.auditEvents("uniqueCodeId=" + codeId);
        assertThat(trail).extracting(e -> e.get("action") + ":" + e.get("outcome")).containsSubsequence(
                "UNIQUE_CODE_DELETED:SUCCESS", "PERMISSION_REVOKED:SUCCESS", "PERMISSION_REVOKED:SUCCESS",
                "CODE_LOGIN:FAILURE", "CODE_LOGIN:SUCCESS", "PERMISSION_GRANTED:SUCCESS", "UNIQUE_CODE_CREATED:SUCCESS");
        assertThat(trail).allSatisfy(e -> assertThat(e.get("uniqueCodeDescription")).isEqualTo("Plumber, Tuesday"));
        assertThat(owner.auditEvents("")).extracting(e -> (String) e.get("action"))
                .contains("ACCOUNT_CREATED", "SETTINGS_CHANGED", "LOCK_ACTIVATED");
        owner.request().get("/api/v1/audit-events?lockId=" + frontDoor).then().statusCode(200)
                .body("items.action", containsInAnyOrder("LOCK_ACTIVATED", "PERMISSION_GRANTED", "PERMISSION_REVOKED"));
    }

    @Test
    void theOwnerCanLogInAgainAndSeeTheirAccount() {
        Owner owner = Owner.signUp();
        String token = owner.api.anonymous()
                .body(Map.of("email", owner.email.toUpperCase(), "password", Owner.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .extract().path("accessToken");
        owner.api.with(token).get("/api/v1/me").then().statusCode(200)
                .body("user.email", equalTo(owner.email)).body("account.id", equalTo(owner.accountId))
                .body("account.settings.timeZone", equalTo("UTC"));
        owner.api.unchecked().contentType("application/json")
                .body(Map.of("email", owner.email, "password", "not the password"))
                .post("/api/v1/auth/login").then().statusCode(401).body("code", equalTo("invalid-credentials"))
                .body("type", matchesPattern("urn:lockvue:problem:.+"));
    }
}
