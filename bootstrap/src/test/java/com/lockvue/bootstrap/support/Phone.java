package com.lockvue.bootstrap.support;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** The mobile app on one device: Code Login and the calls a code session makes. */
public final class Phone {
    public final Api api = new Api();
    public final String deviceId = "device-" + UUID.randomUUID();
    private String token;

    public ValidatableResponse codeLogin(String typedCode) {
        ValidatableResponse response = api.unchecked().contentType("application/json")
                .body(Map.of("code", typedCode, "deviceId", deviceId)).post("/api/v1/code-login").then();
        if (response.extract().statusCode() == 200) {
            token = response.extract().path("accessToken");
        }
        return response;
    }

    public String token() {
        if (token == null) {
            throw new IllegalStateException("not logged in");
        }
        return token;
    }

    public ValidatableResponse locks() {
        return api.with(token()).get("/api/v1/code-session/locks").then();
    }
}
