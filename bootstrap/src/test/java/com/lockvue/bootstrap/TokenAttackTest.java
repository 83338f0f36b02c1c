package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.lockvue.adapter.rest.security.CachingJwtParser;
import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.ForgedTokens;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged, altered and ended tokens: each is refused with 401 problem+json on the endpoints of both kinds of
 * token, and a code session stops on the very request after its code is deleted, revoked, released or expired.
 */
@QuarkusTest
class TokenAttackTest {
    @Inject
    ControllableClock clock;

    @Inject
    JWTParser jwtParser;

    private Owner owner;
    private String lock;
    private String codeId;
    private String permission;
    private Phone phone;

    @BeforeEach
    void ownerSharesALockAndThePhoneLogsIn() {
        owner = Owner.signUp().enableUniqueCodes();
        lock = owner.activateLock("Door");
        JsonPath code = owner.createCode("Visitor");
        codeId = code.getString("id");
        permission = owner.share(codeId, "RESTRICTED", lock).get(0);
        phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
    }

    @Test
    void forgedOrAlteredTokensAreRefusedOnBothKindsOfEndpoint() {
        // Verified once, the genuine tokens are now remembered by the verified-token cache: their forgeries,
        // which differ from them in a byte or two, must still be verified and refused.
        assertThat(jwtParser).isInstanceOf(CachingJwtParser.class);
        owner.request().get("/api/v1/me").then().statusCode(200);
        phone.locks().statusCode(200);
        Map<String, UnaryOperator<String>> forgeries = new LinkedHashMap<>();
        forgeries.put("expired", ForgedTokens::expired);
        forgeries.put("payload byte flipped", t -> ForgedTokens.flipped(t, 1, 10));
        forgeries.put("signature byte flipped", t -> ForgedTokens.flipped(t, 2, 31));
        forgeries.put("alg none", ForgedTokens::algNone);
        forgeries.put("HS256 keyed with the public key", ForgedTokens::hs256WithPublicKey);
        forgeries.put("wrong issuer", ForgedTokens::wrongIssuer);
        forgeries.put("unknown signing key", ForgedTokens::unknownKey);
        forgeries.put("truncated", t -> t.substring(0, t.length() - 5));

        for (var forgery : forgeries.entrySet()) {
            var admin = owner.api.unchecked(forgery.getValue().apply(owner.token)).get("/api/v1/me");
            var session = phone.api.unchecked(forgery.getValue().apply(phone.token())).get("/api/v1/code-session/locks");
            for (var answer : java.util.List.of(admin, session)) {
                assertThat(answer.statusCode()).as(forgery.getKey()).isEqualTo(401);
                assertThat(answer.contentType()).as(forgery.getKey()).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getString("code")).as(forgery.getKey()).isEqualTo("not-authenticated");
            }
        }
        // The genuine tokens still work: the refusals were about the forgeries only.
        owner.request().get("/api/v1/me").then().statusCode(200);
        phone.locks().statusCode(200);
    }

    @Test
    void aCodeSessionCannotPromoteItselfByEditingItsGroups() {
        // Re-signed with a key the server does not trust: refused before the groups are even read.
        String promoted = ForgedTokens.unknownKey(ForgedTokens.resigned(phone.token(),
                c -> { c.put("groups", java.util.List.of("account-admin")); return c; }));
        phone.api.unchecked(promoted).get("/api/v1/me").then().statusCode(401).body("code", equalTo("not-authenticated"));
        phone.api.unchecked(ForgedTokens.algNone(ForgedTokens.withGroups(phone.token(), "account-admin")))
                .get("/api/v1/unique-codes").then().statusCode(401);
    }

    @Test
    void aCodeSessionEndsOnTheNextRequestAfterItsCodeIsDeleted() {
        phone.locks().statusCode(200);
        owner.request().delete("/api/v1/unique-codes/" + codeId).then().statusCode(204);
        phone.locks().statusCode(401).body("code", equalTo("code-session-ended"));
        unlock().statusCode(401).body("code", equalTo("code-session-ended"));
    }

    @Test
    void aRevokedPermissionIsGoneOnTheNextRequest() {
        unlock().statusCode(201);
        owner.request().delete("/api/v1/permissions/" + permission).then().statusCode(204);
        phone.locks().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        unlock().statusCode(404).body("code", equalTo("lock-not-found"));
    }

    @Test
    void releasingTheDeviceEndsItsSession() {
        owner.request().delete("/api/v1/unique-codes/" + codeId + "/device").then().statusCode(200);
        phone.locks().statusCode(401).body("code", equalTo("code-session-ended"));
    }

    @Test
    void aCodeSessionIsRefusedOnceItsCodeHasExpiredAlthoughTheTokenHasNot() {
        Instant expiresAt = Instant.parse(owner.request().get("/api/v1/unique-codes/" + codeId).then()
                .statusCode(200).extract().path("expiresAt"));
        try {
            clock.set(expiresAt.plus(Duration.ofSeconds(1)));
            phone.locks().statusCode(403).body("code", equalTo("unique-code-expired"));
            unlock().statusCode(403).body("code", equalTo("unique-code-expired"))
                    .body("detail", not(emptyOrNullString()));
        } finally {
            clock.release();
        }
    }

    private io.restassured.response.ValidatableResponse unlock() {
        return phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", "AAAAAAAAAAAAAAAAAAAAAA", "action", "UNLOCK"))
                .post("/api/v1/locks/" + lock + "/unlock-commands").then();
    }
}
