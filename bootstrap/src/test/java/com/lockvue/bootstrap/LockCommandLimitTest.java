package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Signed lock commands are limited per session and per lock (production defaults: 60 and 240 a minute), answer
 * 429 with Retry-After beyond that, and the refusals of one window leave one audit line, not one per request.
 */
@QuarkusTest
class LockCommandLimitTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "lockvue.lock-command.max-per-session")
    int perSession;

    private static ValidatableResponse unlock(Phone phone, String lock) {
        return phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK"))
                .post("/api/v1/locks/" + lock + "/unlock-commands").then();
    }

    @Test
    void aSessionGetsItsAllowanceThen429WithRetryAfterAuditedOnce() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        var code = owner.createCode("Guest");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        for (int i = 0; i < perSession; i++) {
            unlock(phone, lock).statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            unlock(phone, lock).statusCode(429).header("Retry-After", notNullValue())
                    .body("code", equalTo("too-many-attempts")).body("retryAfterSeconds", greaterThan(0));
        }

        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM audit_events WHERE unique_code_id = ?::uuid"
                + " AND action = 'LOCK_COMMAND_ISSUED' AND outcome = 'FAILURE'", code.getString("id")))
                .as("one audit line for the whole window's refusals").isEqualTo(1);
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM audit_events WHERE unique_code_id = ?::uuid"
                + " AND action = 'LOCK_COMMAND_ISSUED' AND outcome = 'SUCCESS'", code.getString("id")))
                .isEqualTo(perSession);
        // The owner is not held up by a guest that used up its own allowance.
        owner.request().body(Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK"))
                .post("/api/v1/locks/" + lock + "/unlock-commands").then().statusCode(201);
    }
}
