package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Sign-up is limited per client address (production default: 5 an hour), so one client can neither flood the
 * server with password hashes nor probe which emails are registered at speed. The limit for all clients together
 * is raised in the test profile (the suite signs up hundreds of accounts a minute); SignUpServiceTest proves it.
 */
@QuarkusTest
class SignUpLimitTest {
    @ConfigProperty(name = "lockvue.sign-up.max-per-address")
    int perAddress;

    private static io.restassured.response.ValidatableResponse signUp(Api from, String email) {
        return from.unchecked().contentType("application/json").body(Map.of("accountName", "Flood", "email", email,
                "password", Owner.PASSWORD)).post("/api/v1/accounts").then();
    }

    @Test
    void oneAddressGetsItsAllowanceThen429AndProbingRegisteredEmailsStopsToo() {
        Api flooder = new Api();
        String taken = "taken-" + UUID.randomUUID() + "@example.com";
        signUp(flooder, taken).statusCode(201);
        for (int i = 1; i < perAddress; i++) {
            signUp(flooder, taken).statusCode(409).body("code", equalTo("email-already-registered"));
        }
        signUp(flooder, "fresh-" + UUID.randomUUID() + "@example.com").statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("too-many-attempts"));
        signUp(flooder, taken).statusCode(429);
        signUp(new Api(), "other-" + UUID.randomUUID() + "@example.com").statusCode(201);
    }

    @Test
    void invalidRequestsDoNotUseUpTheAllowance() {
        Api client = new Api();
        for (int i = 0; i < 2 * perAddress; i++) {
            client.unchecked().contentType("application/json").body(Map.of("accountName", "Flood",
                    "email", "x" + i + "@example.com", "password", "short")).post("/api/v1/accounts").then().statusCode(400);
        }
        signUp(client, "valid-" + UUID.randomUUID() + "@example.com").statusCode(201);
    }
}
