package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What clients generated from openapi.yaml send as Accept: the media types of the responses an operation declares.
 * For an operation that answers 204 that is {@code application/problem+json} alone (its only bodies are errors), and
 * such a client must still get its 204; for one that answers JSON it is both types.
 */
@QuarkusTest
class AcceptHeaderTest {
    private static final String ONLY_PROBLEMS = "application/problem+json";
    private static final String GENERATED_CLIENT = "application/json, application/problem+json";

    @Test
    void operationsWithoutABodyAnswer204WhateverTheAcceptHeaderSays() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Front door");
        String code = owner.createCode("Plumber").getString("id");
        String permission = owner.share(code, "RESTRICTED", lock).get(0);

        owner.request().accept(ONLY_PROBLEMS).delete("/api/v1/permissions/" + permission).then().statusCode(204)
                .body(emptyString());
        // Outside the contract, which the request validator would refuse to send; the answer is still checked.
        owner.api.unchecked(owner.token).accept("text/html").delete("/api/v1/unique-codes/" + code).then()
                .statusCode(204);
        owner.request().accept(ONLY_PROBLEMS).post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void theirRefusalsAreStillProblemDetails() {
        Owner owner = Owner.signUp();
        owner.request().accept(ONLY_PROBLEMS).delete("/api/v1/permissions/" + java.util.UUID.randomUUID()).then()
                .statusCode(404).contentType(ONLY_PROBLEMS).body("code", equalTo("permission-not-found"));
    }

    @Test
    void operationsWithAJsonAnswerServeTheAcceptOfAGeneratedClient() {
        Owner owner = Owner.signUp();
        owner.request().accept(GENERATED_CLIENT).get("/api/v1/locks").then().statusCode(200)
                .contentType("application/json");
    }

    /**
     * A client that accepts only problems cannot be given a JSON answer: RESTEasy Reactive says so with 406, as a
     * problem+json (the one type this client takes). Generated clients never send this for such operations.
     */
    @Test
    void aJsonAnswerToAClientThatTakesOnlyProblemsIsRefusedAsAProblem() {
        Owner owner = Owner.signUp();
        owner.request().accept(ONLY_PROBLEMS).get("/api/v1/locks").then().statusCode(406)
                .contentType(ONLY_PROBLEMS).body("code", equalTo("not-acceptable"));
    }
}
