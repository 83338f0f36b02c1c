package com.lockvue.bootstrap.support;

import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An account owner in a test: signs up a fresh account and drives the console's API for it. */
public final class Owner {
    public static final String PASSWORD = "correct horse battery";

    public final Api api;
    public final String email;
    public final String token;
    public final String accountId;

    private Owner(Api api, String email, String token, String accountId) {
        this.api = api;
        this.email = email;
        this.token = token;
        this.accountId = accountId;
    }

    public static Owner signUp() {
        return signUp("UTC");
    }

    public static Owner signUp(String timeZone) {
        Api api = new Api();
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        JsonPath body = api.anonymous()
                .body(Map.of("accountName", "Test account", "email", email, "password", PASSWORD, "timeZone", timeZone))
                .post("/api/v1/accounts")
                .then().statusCode(201).body("accessToken", notNullValue()).extract().jsonPath();
        return new Owner(api, email, body.getString("accessToken"), body.getString("account.id"));
    }

    /** Logs in again from the same client; a new session and token. */
    public Owner logIn() {
        String newToken = api.anonymous().body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return new Owner(api, email, newToken, accountId);
    }

    public RequestSpecification request() {
        return api.with(token);
    }

    public Owner enableUniqueCodes() {
        request().body(Map.of("uniqueCodesEnabled", true)).patch("/api/v1/settings").then().statusCode(200);
        return this;
    }

    public String activateLock(String name) {
        String serial = "LV-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
        return request().body(Map.of("serialNumber", serial, "name", name)).post("/api/v1/locks")
                .then().statusCode(201).extract().path("id");
    }

    /** Creates a code valid for a week; returns its JSON (id, code, ...). */
    public JsonPath createCode(String description) {
        return createCode(description, Instant.now().plus(7, ChronoUnit.DAYS));
    }

    public JsonPath createCode(String description, Instant expiresAt) {
        return request().body(Map.of("description", description, "expiresAt", expiresAt.toString()))
                .post("/api/v1/unique-codes").then().statusCode(201).extract().jsonPath();
    }

    /** Shares the locks to the code; returns the permission ids in lock order. */
    public List<String> share(String uniqueCodeId, String level, String... lockIds) {
        return request().body(Map.of("lockIds", List.of(lockIds),
                        "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", uniqueCodeId), "level", level))
                .post("/api/v1/permissions").then().statusCode(200).extract().path("items.id");
    }

    /** Makes an API key (READ_ONLY or FULL) that never expires; returns its JSON, the secret under {@code key}. */
    public JsonPath createApiKey(String name, String scope) {
        return request().body(Map.of("name", name, "scope", scope)).post("/api/v1/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }

    public List<Map<String, Object>> auditEvents(String query) {
        return request().get("/api/v1/audit-events?limit=200" + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().path("items");
    }
}
