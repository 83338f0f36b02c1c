package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A code session is checked against the code's current state on every request, not when its token expires. */
@QuarkusTest
class CodeSessionRecheckTest {
    @Inject
    ControllableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void theCodeWorksUntilTheMicrosecondBeforeItsExpiryAndNotAtIt() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        Instant expiry = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);
        JsonPath code = owner.createCode("Three days", expiry);
        owner.share(code.getString("id"), "MAINTENANCE", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        // Three days on, the owner's session of today has ended too: the owner logs in again.
        clock.set(expiry.minusNanos(1_000));
        owner = owner.logIn();
        phone.locks().statusCode(200).body("items", hasSize(1));
        owner.request().get("/api/v1/unique-codes?status=ACTIVE").then().body("items", hasSize(1));

        clock.set(expiry);
        phone.locks().statusCode(403).body("code", equalTo("unique-code-expired"));
        new Phone().codeLogin(code.getString("code")).statusCode(403).body("code", equalTo("unique-code-expired"));
        owner.request().get("/api/v1/unique-codes?status=ACTIVE").then().body("items", hasSize(0));
        owner.request().get("/api/v1/unique-codes?status=EXPIRED").then().body("items[0].id", equalTo(code.getString("id")))
                .body("items[0].status", equalTo("EXPIRED"));
        owner.request().body(Map.of("lockIds", java.util.List.of(lock),
                        "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code.getString("id")), "level", "RESTRICTED"))
                .post("/api/v1/permissions").then().statusCode(403).body("code", equalTo("unique-code-expired"));
    }

    @Test
    void turningTheFeatureOffStopsRunningSessionsOnTheNextRequestAndOnAgainRestoresThem() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        JsonPath code = owner.createCode("Guest");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        owner.request().body(Map.of("uniqueCodesEnabled", false)).patch("/api/v1/settings").then().statusCode(200);
        phone.locks().statusCode(403).body("code", equalTo("unique-codes-disabled"));
        owner.request().body(Map.of("description", "x", "expiresAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/unique-codes").then().statusCode(403).body("code", equalTo("unique-codes-disabled"));

        owner.enableUniqueCodes();
        phone.locks().statusCode(200).body("items", hasSize(1));
    }
}
