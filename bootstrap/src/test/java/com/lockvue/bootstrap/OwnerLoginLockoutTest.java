package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords for an owner's email, sent from many addresses, hold up logins from clients the owner never
 * used, never from the owner's own network or browser (issue 9: "anyone can lock the owner out").
 */
@QuarkusTest
class OwnerLoginLockoutTest {
    @ConfigProperty(name = "lockvue.admin-login.max-attempts-per-email")
    int perEmail;

    private static ValidatableResponse logIn(Api from, String cookie, String email, String password) {
        var request = from.unchecked().contentType("application/json");
        if (cookie != null) {
            request.cookie("lockvue_known_client", cookie);
        }
        return request.body(Map.of("email", email, "password", password)).post("/api/v1/auth/login").then();
    }

    @Test
    void anAttackerWhoKnowsTheEmailCannotStopTheOwnerFromTheirNetworkOrBrowser() {
        Owner owner = Owner.signUp();
        String cookie = logIn(owner.api, null, owner.email, Owner.PASSWORD).statusCode(200)
                .extract().cookie("lockvue_known_client");
        for (int i = 0; i < 2 * perEmail; i++) {
            logIn(new Api(), null, owner.email, "guess number " + i).statusCode(org.hamcrest.Matchers.anyOf(
                    equalTo(401), equalTo(429)));
        }

        logIn(new Api(), null, owner.email, Owner.PASSWORD).statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("too-many-attempts"));
        logIn(owner.api, null, owner.email, Owner.PASSWORD).statusCode(200);
        logIn(new Api(), cookie, owner.email, Owner.PASSWORD).statusCode(200);
    }

    @Test
    void successesNoLongerCountTowardsTheEmailLimit() {
        Owner owner = Owner.signUp();
        for (int i = 0; i < perEmail + 2; i++) {
            logIn(new Api(), null, owner.email, Owner.PASSWORD).statusCode(200);
        }
    }

    @Test
    void aForgedCookieIsJustAnUnknownClient() {
        Owner owner = Owner.signUp();
        for (int i = 0; i < perEmail; i++) {
            logIn(new Api(), "forged-" + i, owner.email, "guess number " + i).statusCode(401);
        }
        logIn(new Api(), "forged-x", owner.email, Owner.PASSWORD).statusCode(429);
    }
}
