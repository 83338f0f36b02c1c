package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeLoginTest {
    @Inject
    EntityManager db;

    @ConfigProperty(name = "lockvue.code-login.max-attempts-per-address")
    int perAddress;

    @ConfigProperty(name = "lockvue.code-login.max-attempts-per-device")
    int perDevice;

    private static JsonPath sharedCode(Owner owner) {
        String lock = owner.activateLock("Door");
        JsonPath code = owner.createCode("Guest");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        return code;
    }

    /** The code as typed with every liberty the help page allows: lower case, spaces, O for 0, I and L for 1. */
    private static String typedSloppily(String display) {
        return display.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
    }

    @Test
    void theCodeIsNotCaseSensitiveAndIgnoresHyphensSpacesAndLookAlikes() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String display = sharedCode(owner).getString("code");
        Phone phone = new Phone();
        phone.codeLogin(typedSloppily(display)).statusCode(200).body("accessToken", notNullValue());
        phone.locks().statusCode(200).body("items", hasSize(1));
        // The same device may log in again, with the canonical form.
        phone.codeLogin(display).statusCode(200);
    }

    @Test
    void aSecondDeviceIsRefusedUntilTheOwnerReleasesTheBindingWhichEndsTheFirstSession() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        JsonPath code = sharedCode(owner);
        Phone first = new Phone();
        Phone second = new Phone();
        first.codeLogin(code.getString("code")).statusCode(200);
        second.codeLogin(code.getString("code")).statusCode(409).body("code", equalTo("code-bound-to-other-device"));

        owner.request().delete("/api/v1/unique-codes/" + code.getString("id") + "/device").then().statusCode(200)
                .body("device", equalTo(null));
        first.locks().statusCode(401).body("code", equalTo("code-session-ended"));
        second.codeLogin(code.getString("code")).statusCode(200);
        second.locks().statusCode(200);
        assertThat(owner.auditEvents("action=DEVICE_RELEASED")).hasSize(1);
        List<Map<String, Object>> logins = owner.auditEvents("action=CODE_LOGIN");
        assertThat(logins).extracting(e -> (String) e.get("outcome")).containsExactly("SUCCESS", "FAILURE", "SUCCESS");
        assertThat(logins.get(1).get("reason")).asString().startsWith("code-bound-to-other-device")
                .doesNotContain(code.getString("code")).doesNotContain(code.getString("code").replace("-", ""));
    }

    @Test
    void loginIsRefusedWhileTheFeatureIsOff() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String display = sharedCode(owner).getString("code");
        owner.request().body(Map.of("uniqueCodesEnabled", false)).patch("/api/v1/settings").then().statusCode(200);
        new Phone().codeLogin(display).statusCode(403).body("code", equalTo("unique-codes-disabled"));
    }

    @Test
    void unknownCodesAreAuditedWithTheirAddressButNeverTheCodeAndMalformedOnesAreRefusedAtTheDoor() {
        Api client = new Api();
        String guess = "ZZZZ-ZZZZ-ZZZZ";
        client.unchecked().contentType("application/json").body(Map.of("code", guess, "deviceId", "device-guess-1"))
                .post("/api/v1/code-login").then().statusCode(401).body("code", equalTo("invalid-unique-code"))
                .header("WWW-Authenticate", "Bearer");
        client.unchecked().contentType("application/json").body(Map.of("code", "not a code", "deviceId", "device-guess-1"))
                .post("/api/v1/code-login").then().statusCode(400).body("errors[0].pointer", equalTo("/code"));
        @SuppressWarnings("unchecked")
        List<String> reasons = db.createNativeQuery(
                "select reason from audit_events where client_address = ?1 and action = 'CODE_LOGIN' and outcome = 'FAILURE'")
                .setParameter(1, client.clientAddress()).getResultList();
        // A malformed code cannot match any code: it is a 400 before the use case, neither counted nor audited.
        assertThat(reasons).singleElement().satisfies(r -> assertThat(r).startsWith("invalid-unique-code")
                .doesNotContain("ZZZZ").doesNotContain("not a code"));
    }

    @Test
    void oneAddressGetsALimitedNumberOfAttemptsThen429WithRetryAfter() {
        Api attacker = new Api();
        for (int i = 0; i < perAddress; i++) {
            attempt(attacker, "ZZZZZZZZZZZZ", "device-" + UUID.randomUUID()).statusCode(401);
        }
        ValidatableResponse limited = attempt(attacker, "ZZZZZZZZZZZZ", "device-" + UUID.randomUUID()).statusCode(429)
                .body("code", equalTo("too-many-attempts")).header("Retry-After", notNullValue());
        int retryAfter = Integer.parseInt(limited.extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 600);
        assertThat(limited.extract().<Integer>path("retryAfterSeconds")).isEqualTo(retryAfter);
        // Even the right code is refused from that address until the window ends.
        Owner owner = Owner.signUp().enableUniqueCodes();
        attempt(attacker, sharedCode(owner).getString("code"), "device-" + UUID.randomUUID()).statusCode(429);
    }

    @Test
    void oneDeviceGetsALimitedNumberOfAttemptsFromAnyNumberOfAddresses() {
        String device = "device-" + UUID.randomUUID();
        for (int i = 0; i < perDevice; i++) {
            attempt(new Api(), "ZZZZZZZZZZZZ", device).statusCode(401);
        }
        attempt(new Api(), "ZZZZZZZZZZZZ", device).statusCode(429).body("code", equalTo("too-many-attempts"));
        attempt(new Api(), "ZZZZZZZZZZZZ", "device-" + UUID.randomUUID()).statusCode(401);
    }

    private static ValidatableResponse attempt(Api client, String code, String device) {
        return client.unchecked().contentType("application/json").body(Map.of("code", code, "deviceId", device))
                .post("/api/v1/code-login").then();
    }
}
