package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Guessing Unique Codes: the Code Login limit holds per client address and per device, even for the right code,
 * even when the attempts arrive at the same moment (the counters are one atomic upsert in PostgreSQL, the same
 * for every server instance), and every attempt is in the audit trail.
 */
@QuarkusTest
class CodeLoginBruteForceTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "lockvue.code-login.max-attempts-per-address")
    int perAddress;

    @ConfigProperty(name = "lockvue.code-login.max-attempts-per-device")
    int perDevice;

    @Test
    void oneAddressGetsItsAllowanceThenTooManyAttemptsEvenWithTheRightCode() {
        String realCode = Owner.signUp().enableUniqueCodes().createCode("Target").getString("code");
        Api attacker = new Api();
        for (int i = 0; i < perAddress; i++) {
            attempt(attacker, guess(i), "device-" + UUID.randomUUID()).statusCode(401)
                    .body("code", equalTo("invalid-unique-code"));
        }
        attempt(attacker, guess(99), "device-" + UUID.randomUUID()).statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("too-many-attempts"))
                .body("retryAfterSeconds", greaterThan(0));
        attempt(attacker, realCode, "device-" + UUID.randomUUID()).statusCode(429)
                .body("code", equalTo("too-many-attempts"));

        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM audit_events WHERE action = 'CODE_LOGIN'"
                + " AND outcome = 'FAILURE' AND client_address = ?", attacker.clientAddress()))
                .as("every attempt, refused or limited, is audited").isEqualTo(perAddress + 2L);
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM audit_events WHERE client_address = ?"
                + " AND reason LIKE 'too-many-attempts%'", attacker.clientAddress())).isEqualTo(2);
    }

    @Test
    void oneDeviceGetsItsAllowanceWhateverAddressesItUses() {
        String device = "device-" + UUID.randomUUID();
        for (int i = 0; i < perDevice; i++) {
            attempt(new Api(), guess(i), device).statusCode(401);
        }
        attempt(new Api(), guess(42), device).statusCode(429).header("Retry-After", notNullValue())
                .body("code", equalTo("too-many-attempts"));
    }

    @Test
    void aBoundPhoneLogsInAgainAndAgainBecauseOnlyFailuresCount() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String code = owner.createCode("Guest").getString("code");
        Phone phone = new Phone();
        // More logins than the device allowance (but within the address's, which counts every attempt).
        for (int i = 0; i < perDevice + 3; i++) {
            phone.codeLogin(code).statusCode(200);
        }
    }

    @Test
    void wrongCodesSentWithAPhonesDeviceIdCannotLockThePhoneOut() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String code = owner.createCode("Guest").getString("code");
        Phone phone = new Phone();
        phone.codeLogin(code).statusCode(200);
        for (int i = 0; i < perDevice + 2; i++) {
            attempt(new Api(), guess(i), phone.deviceId);
        }
        attempt(new Api(), guess(77), phone.deviceId).statusCode(429);
        phone.codeLogin(code).statusCode(200);
    }

    @Test
    void simultaneousAttemptsFromOneAddressCannotExceedTheLimit() throws Exception {
        Api attacker = new Api();
        int attempts = perAddress * 2;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String code = guess(i);
                answers.add(pool.submit(() -> attempt(attacker, code, "device-" + UUID.randomUUID())
                        .extract().statusCode()));
            }
            int refused = 0;
            int limited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                refused += status == 401 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertThat(refused).as("attempts that reached the code check").isEqualTo(perAddress);
            assertThat(limited).isEqualTo(attempts - perAddress);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse attempt(Api client, String code, String device) {
        return client.unchecked().contentType("application/json").body(Map.of("code", code, "deviceId", device))
                .post("/api/v1/code-login").then().contentType("application/problem+json");
    }

    /** A well-formed code that is (with overwhelming probability) nobody's. */
    private static String guess(int i) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder s = new StringBuilder();
        long n = UUID.randomUUID().getMostSignificantBits() ^ i;
        for (int k = 0; k < 12; k++) {
            s.append(alphabet.charAt((int) ((n >>> (k * 5)) & 31)));
        }
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }
}
