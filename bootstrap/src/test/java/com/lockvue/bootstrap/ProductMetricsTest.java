package com.lockvue.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The product's own metrics at /q/metrics move when the product acts, and only by what happened. */
@QuarkusTest
class ProductMetricsTest {
    private static final String FAILED_INVALID = "lockvue_code_logins_total{outcome=\"failure\",reason=\"invalid-unique-code\"}";
    private static final String FAILED_TOO_MANY = "lockvue_code_logins_total{outcome=\"failure\",reason=\"too-many-attempts\"}";
    private static final String SUCCEEDED = "lockvue_code_logins_total{outcome=\"success\",reason=\"none\"}";
    private static final String DEVICE_REFUSALS = "lockvue_rate_limit_refusals_total{limiter=\"code-login-device\"}";
    private static final String UNLOCKS = "lockvue_lock_commands_total{action=\"UNLOCK\",outcome=\"success\",reason=\"none\"}";
    private static final String REFUSED_COMMANDS =
            "lockvue_lock_commands_total{action=\"unknown\",outcome=\"failure\",reason=\"lock-not-found\"}";
    private static final String SIGNATURES = "lockvue_lock_command_signing_seconds_count";
    private static final String ACTIVE_CODES = "lockvue_unique_codes{status=\"active\"}";
    private static final String NEVER_ISSUED = "ZZZZ-ZZZZ-ZZZZ";

    @ConfigProperty(name = "lockvue.code-login.max-attempts-per-device")
    int perDevice;

    @Test
    void aFailedCodeLoginCountsAsAFailureWithItsReasonAndASuccessAsASuccess() {
        JsonPath code = sharedCode(Owner.signUp().enableUniqueCodes());
        Map<String, Double> before = scrape();

        new Phone().codeLogin(NEVER_ISSUED).statusCode(401);
        new Phone().codeLogin(code.getString("code")).statusCode(200);

        Map<String, Double> after = scrape();
        assertThat(after.get(FAILED_INVALID) - before.get(FAILED_INVALID)).isEqualTo(1.0);
        assertThat(after.get(SUCCEEDED) - before.get(SUCCEEDED)).isEqualTo(1.0);
    }

    @Test
    void anAttemptRefusedByTheDeviceLimitCountsForThatLimiter() {
        Phone phone = new Phone();
        Map<String, Double> before = scrape();

        for (int i = 0; i < perDevice; i++) {
            phone.codeLogin(NEVER_ISSUED).statusCode(401);
        }
        phone.codeLogin(NEVER_ISSUED).statusCode(429);

        Map<String, Double> after = scrape();
        assertThat(after.get(DEVICE_REFUSALS) - before.get(DEVICE_REFUSALS)).isEqualTo(1.0);
        assertThat(after.get(FAILED_TOO_MANY) - before.get(FAILED_TOO_MANY)).isEqualTo(1.0);
        assertThat(after.get(FAILED_INVALID) - before.get(FAILED_INVALID)).isEqualTo(perDevice);
    }

    @Test
    void anIssuedCommandCountsByItsActionAndIsTimedARefusedOneByItsReason() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Door");
        JsonPath code = owner.createCode("Guest");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        Map<String, Double> before = scrape();

        command(phone, lock).statusCode(201);
        command(phone, UUID.randomUUID().toString()).statusCode(404);

        Map<String, Double> after = scrape();
        assertThat(after.get(UNLOCKS) - before.get(UNLOCKS)).isEqualTo(1.0);
        assertThat(after.get(SIGNATURES) - before.get(SIGNATURES)).isEqualTo(1.0);
        assertThat(after.get(REFUSED_COMMANDS) - before.getOrDefault(REFUSED_COMMANDS, 0.0)).isEqualTo(1.0);
    }

    @Test
    void theActiveCodesGaugeCountsANewCodeOnceItHasRecounted() throws InterruptedException {
        double active = settledGauge(ACTIVE_CODES);
        Owner.signUp().enableUniqueCodes().createCode("Counted");
        // The gauge recounts in the background after a scrape (the test profile's interval is zero): wait for it.
        double after = active;
        for (int i = 0; i < 50 && after == active; i++) {
            Thread.sleep(100);
            after = scrape().get(ACTIVE_CODES);
        }
        assertThat(after).isEqualTo(active + 1);
    }

    @Test
    void theCodeGaugesCountEachStatusAsTheConsoleShowsIt() throws InterruptedException {
        // Not active or expired: other tests' codes move between those two as time passes.
        List<String> statuses = List.of("scheduled", "suspended", "deleted");
        Map<String, Double> before = new HashMap<>();
        for (String status : statuses) {
            before.put(status, settledGauge(gauge(status)));
        }
        Owner owner = Owner.signUp().enableUniqueCodes();
        owner.request().body(Map.of("description", "Next week", "startsAt", Instant.now().plus(Duration.ofDays(7)).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString())).post("/api/v1/unique-codes").then()
                .statusCode(201);
        String suspended = owner.createCode("Suspended").getString("id");
        owner.request().put("/api/v1/unique-codes/" + suspended + "/suspension").then().statusCode(200);
        String deleted = owner.createCode("Deleted").getString("id");
        owner.request().delete("/api/v1/unique-codes/" + deleted).then().statusCode(204);

        Map<String, Double> expected = new HashMap<>(before);
        expected.merge("scheduled", 1.0, Double::sum);
        expected.merge("suspended", 1.0, Double::sum);
        expected.merge("deleted", 1.0, Double::sum);
        Map<String, Double> after = new HashMap<>();
        for (int i = 0; i < 50 && !after.equals(expected); i++) {
            Thread.sleep(100);
            Map<String, Double> now = scrape();
            statuses.forEach(status -> after.put(status, now.get(gauge(status))));
        }
        assertThat(after).isEqualTo(expected);
    }

    private static String gauge(String status) {
        return "lockvue_unique_codes{status=\"" + status + "\"}";
    }

    private double settledGauge(String series) throws InterruptedException {
        Double value = scrape().get(series);
        for (int i = 0; i < 50 && (value == null || value.isNaN()); i++) {
            Thread.sleep(100);
            value = scrape().get(series);
        }
        Thread.sleep(200);
        return scrape().get(series);
    }

    private static ValidatableResponse command(Phone phone, String lockId) {
        return phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]),
                        "action", "UNLOCK"))
                .post("/api/v1/locks/" + lockId + "/unlock-commands").then();
    }

    private static JsonPath sharedCode(Owner owner) {
        String lock = owner.activateLock("Door");
        JsonPath code = owner.createCode("Guest");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        return code;
    }

    /** The product's series in the Prometheus text exposition, name and labels as written, to their value. */
    static Map<String, Double> scrape() {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^(lockvue_[^ ]+) (\\S+)$").matcher(text);
        while (line.find()) {
            // Some Prometheus writers end a label set with a comma (`,}`); both spellings are the same series.
            series.put(line.group(1).replace(",}", "}"), Double.parseDouble(line.group(2)));
        }
        return series;
    }
}
