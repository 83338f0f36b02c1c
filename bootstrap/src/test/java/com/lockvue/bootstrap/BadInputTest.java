package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is a 400 problem naming the field, never a 500, and a refused request writes nothing. */
@QuarkusTest
class BadInputTest {
    private Owner owner;

    @BeforeEach
    void account() {
        owner = Owner.signUp().enableUniqueCodes();
    }

    private ValidatableResponse post(String path, String body) {
        return owner.api.unchecked(owner.token).contentType("application/json").body(body).post(path).then()
                .contentType("application/problem+json").body("type", startsWith("urn:lockvue:problem:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"serialNumber\": \"LV-1\",", "[]", "\"text\"", "{\"serialNumber\":\"LV-0009\",\"name\":\"x\"} trailing",
            "{\"serialNumber\":\"LV-0009\",\"name\":\"x\",\"name\":\"y\"", "nul"})
    void malformedJsonIsA400(String body) {
        post("/api/v1/locks", body).statusCode(400);
        owner.request().get("/api/v1/locks").then().body("items", hasSize(0));
    }

    @Test
    void wrongTypesAreA400NamingTheField() {
        post("/api/v1/locks", "{\"serialNumber\": 12345, \"name\": \"x\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/serialNumber"));
        post("/api/v1/locks", "{\"serialNumber\": \"LV-12345\", \"name\": true}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name"));
        owner.api.unchecked(owner.token).contentType("application/json").body("{\"uniqueCodesEnabled\": \"yes\"}")
                .patch("/api/v1/settings").then().statusCode(400).body("errors[0].pointer", equalTo("/uniqueCodesEnabled"));
        post("/api/v1/unique-codes", "{\"description\": \"x\", \"expiresAt\": \"next tuesday\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/expiresAt"));
        post("/api/v1/permissions", "{\"lockIds\": \"not-a-list\", \"recipient\": null, \"level\": \"RESTRICTED\"}")
                .statusCode(400).body("errors[0].pointer", equalTo("/lockIds"));
        owner.request().get("/api/v1/settings").then().body("uniqueCodesEnabled", equalTo(true));
    }

    @Test
    void unknownEnumValuesUnknownFieldsAndNumbersForEnumsAreA400() {
        String lock = owner.activateLock("Door");
        String codeId = owner.createCode("Guest").getString("id");
        String base = "{\"lockIds\":[\"" + lock + "\"],\"recipient\":{\"type\":\"UNIQUE_CODE\",\"uniqueCodeId\":\"" + codeId + "\"},";
        post("/api/v1/permissions", base + "\"level\":\"SUPERUSER\"}").statusCode(400).body("errors[0].pointer", equalTo("/level"));
        post("/api/v1/permissions", base + "\"level\":0}").statusCode(400).body("errors[0].pointer", equalTo("/level"));
        post("/api/v1/permissions", base + "\"level\":\"RESTRICTED\",\"admin\":true}").statusCode(400)
                .body("errors[0].pointer", equalTo("/admin"));
        post("/api/v1/permissions", "{\"lockIds\":[\"" + lock + "\"],\"recipient\":{\"type\":\"USER\",\"uniqueCodeId\":\""
                + codeId + "\"},\"level\":\"RESTRICTED\"}").statusCode(400).body("errors[0].pointer", equalTo("/recipient/type"));
        owner.api.unchecked(owner.token).get("/api/v1/audit-events?action=EXPLODED").then().statusCode(400);
        owner.request().get("/api/v1/permissions").then().body("items", hasSize(0));
    }

    @Test
    void overLongStringsAndBadIdsAreA400() {
        post("/api/v1/locks", "{\"serialNumber\":\"LV-1234\",\"name\":\"" + "n".repeat(101) + "\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name"));
        post("/api/v1/locks", "{\"serialNumber\":\"" + "S".repeat(5000) + "\",\"name\":\"x\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/serialNumber"));
        post("/api/v1/permissions", "{\"lockIds\":[\"not-a-uuid\"],\"recipient\":{\"type\":\"UNIQUE_CODE\",\"uniqueCodeId\":\"x\"},\"level\":\"RESTRICTED\"}")
                .statusCode(400).body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/lockIds/0", "/recipient/uniqueCodeId"));
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes/123").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/uniqueCodeId"));
        owner.api.unchecked(owner.token).get("/api/v1/permissions?lockId=%27%20or%201=1").then().statusCode(400);
        owner.api.unchecked(owner.token).get("/api/v1/audit-events?from=yesterday").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/from"));
        owner.api.unchecked(owner.token).get("/api/v1/locks?limit=9999999999").then().statusCode(400);
        owner.request().get("/api/v1/locks").then().body("items", hasSize(0));
    }

    @Test
    void craftedCursorsAndInstantsBeyondTheCalendarAreA400() {
        java.util.function.Function<String, String> cursorOf = text -> java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String id = java.util.UUID.randomUUID().toString();
        owner.api.unchecked(owner.token).get("/api/v1/locks?cursor=" + cursorOf.apply("a\u0000b\n" + id)).then()
                .statusCode(400).body("errors[0].pointer", equalTo("/cursor"));
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes?cursor=" + cursorOf.apply("+300000-01-01T00:00:00Z\n" + id))
                .then().statusCode(400).body("errors[0].pointer", equalTo("/cursor"));
        owner.api.unchecked(owner.token).get("/api/v1/audit-events?from=%2B300000-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/from"));
        post("/api/v1/unique-codes", "{\"description\":\"x\",\"expiresAt\":\"+300000-01-01T00:00:00Z\"}").statusCode(400);
        owner.request().get("/api/v1/unique-codes").then().body("items", hasSize(0));
    }

    @Test
    void signUpReportsEveryBadFieldAtOnceAndCreatesNothing() {
        var problem = owner.api.unchecked().contentType("application/json")
                .body(Map.of("accountName", "", "email", "not-an-email", "password", "short", "timeZone", "Mars/Olympus"))
                .post("/api/v1/accounts").then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.pointer", String.class))
                .containsExactlyInAnyOrder("/accountName", "/email", "/password", "/timeZone");
        owner.api.unchecked().contentType("application/json").body(Map.of("email", "not-an-email", "password", "whatever12"))
                .post("/api/v1/auth/login").then().statusCode(400);
    }

    @Test
    void wrongContentTypeAndUnknownPathsAndMethodsAreProblems() {
        owner.api.unchecked(owner.token).contentType("text/plain").body("hello").post("/api/v1/locks").then()
                .statusCode(415).contentType("application/problem+json");
        owner.api.unchecked(owner.token).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        owner.api.unchecked(owner.token).put("/api/v1/locks").then().statusCode(405)
                .contentType("application/problem+json");
        owner.api.unchecked(owner.token).contentType("application/json").post("/api/v1/locks").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
