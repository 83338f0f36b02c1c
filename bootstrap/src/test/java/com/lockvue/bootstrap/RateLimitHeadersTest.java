package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Limited operations say where the caller stands (RateLimit-Policy and RateLimit, IETF httpapi draft form) on every
 * answer, refusals included, and a 429 says when to come back in both Retry-After and RateLimit.
 */
@QuarkusTest
class RateLimitHeadersTest {
    private static final Pattern RESET = Pattern.compile(";t=(\\d+)");

    @Test
    void codeLoginAnswersNameBothLimitsAndCountDown() {
        Phone phone = new Phone();
        Response first = phone.codeLogin("ZZZZ-ZZZZ-ZZZZ").statusCode(401).extract().response();
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"per-address\";q=20;w=600, \"per-device\";q=10;w=600");
        assertThat(first.header("RateLimit")).matches("\"per-address\";r=19;t=\\d+, \"per-device\";r=9;t=\\d+");
        assertThat(resetSeconds(first)).isBetween(1L, 600L);

        Response second = phone.codeLogin("ZZZZ-ZZZZ-ZZZZ").statusCode(401).extract().response();
        assertThat(second.header("RateLimit")).matches("\"per-address\";r=18;t=\\d+, \"per-device\";r=8;t=\\d+");
    }

    @Test
    void aSuccessfulCodeLoginTakesBackItsDeviceAttempt() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String code = owner.createCode("Guest").getString("code");
        Phone phone = new Phone();
        Response login = phone.codeLogin(code).statusCode(200).extract().response();
        assertThat(login.header("RateLimit")).matches("\"per-address\";r=19;t=\\d+, \"per-device\";r=10;t=\\d+");
    }

    @Test
    void signUpTellsTheAddressItsAllowance() {
        Api api = new Api();
        Response signedUp = api.anonymous().body(Map.of("accountName", "Limits Ltd", "email",
                "limits-" + UUID.randomUUID() + "@example.com", "password", Owner.PASSWORD)).post("/api/v1/accounts");
        assertThat(signedUp.statusCode()).isEqualTo(201);
        assertThat(signedUp.header("RateLimit-Policy")).isEqualTo("\"per-address\";q=5;w=3600");
        assertThat(signedUp.header("RateLimit")).matches("\"per-address\";r=4;t=\\d+");
    }

    @Test
    void aRefusedLockCommandSaysNothingIsLeftAndWhenTheWindowStartsAgain() {
        Owner owner = Owner.signUp();
        String lock = owner.activateLock("Busy door");
        Map<String, String> unlock = Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK");
        Response issued = owner.request().body(unlock).post("/api/v1/locks/" + lock + "/unlock-commands");
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.header("RateLimit-Policy")).isEqualTo("\"per-session\";q=60;w=60");
        assertThat(issued.header("RateLimit")).matches("\"per-session\";r=59;t=\\d+");
        Response last = issued;
        for (int i = 2; i <= 61 && last.statusCode() == 201; i++) {
            last = owner.request().body(unlock).post("/api/v1/locks/" + lock + "/unlock-commands");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.header("RateLimit")).matches("\"per-session\";r=0;t=\\d+");
        assertThat(resetSeconds(last)).isEqualTo(Long.parseLong(last.header("Retry-After")));
        assertThat(resetSeconds(last)).isBetween(1L, 60L);
    }

    private static long resetSeconds(Response response) {
        Matcher t = RESET.matcher(response.header("RateLimit"));
        assertThat(t.find()).isTrue();
        return Long.parseLong(t.group(1));
    }
}
