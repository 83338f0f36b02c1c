package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.adapter.persistence.JpaIdempotencyStore;
import com.lockvue.bootstrap.support.AnswerLostAfterCommit;
import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST and DELETE: a repeat is answered as the first time and done only once. */
@QuarkusTest
class IdempotencyTest {
    @Inject
    DataSource dataSource;
    @Inject
    JpaIdempotencyStore store;

    private static Map<String, Object> code(String description) {
        return Map.of("description", description, "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private long codes(Owner owner) {
        return DatabaseState.count(dataSource, "SELECT count(*) FROM unique_codes WHERE account_id = ?::uuid",
                owner.accountId);
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndNothingIsDoneTwice() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String key = key();
        Map<String, Object> body = code("Plumber");
        Response first = owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes");
        Response repeat = owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(repeat.jsonPath().getString("code")).isEqualTo(first.jsonPath().getString("code"));
        assertThat(codes(owner)).isEqualTo(1);
        assertThat(owner.auditEvents("action=UNIQUE_CODE_CREATED")).hasSize(1);
    }

    @Test
    void theKeyIsAcceptedAsAStructuredFieldStringToo() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String key = key();
        Map<String, Object> body = code("Quoted");
        owner.request().header("Idempotency-Key", "\"" + key + "\"").body(body).post("/api/v1/unique-codes")
                .then().statusCode(201);
        owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes").then()
                .statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String key = key();
        owner.request().header("Idempotency-Key", key).body(code("Plumber")).post("/api/v1/unique-codes").then()
                .statusCode(201);
        owner.request().header("Idempotency-Key", key).body(code("Electrician")).post("/api/v1/unique-codes").then()
                .statusCode(422).body("code", equalTo("idempotency-key-reused"));
        String lock = owner.activateLock("Door");
        owner.request().header("Idempotency-Key", key).body(Map.of("serialNumber", "LV-" + key.substring(0, 8),
                "name", "Other")).post("/api/v1/locks").then().statusCode(422);
        assertThat(codes(owner)).isEqualTo(1);
        assertThat(lock).isNotNull();
    }

    @Test
    void oneAccountsKeysNeverReplayForAnother() {
        Owner alice = Owner.signUp().enableUniqueCodes();
        Owner bob = Owner.signUp().enableUniqueCodes();
        String key = key();
        String alices = alice.request().header("Idempotency-Key", key).body(code("Visitor")).post("/api/v1/unique-codes")
                .then().statusCode(201).extract().path("id");
        String bobs = bob.request().header("Idempotency-Key", key).body(code("Visitor")).post("/api/v1/unique-codes")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(bobs).isNotEqualTo(alices);
        assertThat(codes(bob)).isEqualTo(1);
    }

    @Test
    void aRefusalIsNotKeptSoTheRepeatIsDecidedAfresh() {
        Owner owner = Owner.signUp();
        String key = key();
        Map<String, Object> body = code("Early");
        owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes").then()
                .statusCode(403).body("code", equalTo("unique-codes-disabled"));
        owner.enableUniqueCodes();
        owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    /** "503 after COMMIT": the change committed with its answer, so the retry learns what came of it. */
    @Test
    void anAnswerLostAfterTheCommitIsGivenToTheRetry() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String key = key();
        Map<String, Object> body = code("Lost");
        owner.request().header("Idempotency-Key", key).header(AnswerLostAfterCommit.HEADER, "yes").body(body)
                .post("/api/v1/unique-codes").then().statusCode(503);
        assertThat(codes(owner)).as("the change was committed").isEqualTo(1);

        Response retry = owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        owner.request().get("/api/v1/unique-codes/" + retry.jsonPath().getString("id")).then().statusCode(200)
                .body("code", equalTo(retry.jsonPath().getString("code")));
        assertThat(codes(owner)).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstIsStillRunningIsAConflictThenGetsTheAnswer() throws Exception {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String codeId = owner.createCode("Held").getString("id");
        String key = key();
        long claimsBefore = DatabaseState.count(dataSource, "SELECT count(*) FROM idempotency_keys WHERE answer IS NULL");
        CompletableFuture<Integer> first;
        // Hold the code's row, so that the first delete waits inside its transaction, its key claimed.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT id FROM unique_codes WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, codeId);
                lock.executeQuery().close();
            }
            first = CompletableFuture.supplyAsync(() -> owner.request().header("Idempotency-Key", key)
                    .delete("/api/v1/unique-codes/" + codeId).statusCode());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (DatabaseState.count(dataSource, "SELECT count(*) FROM idempotency_keys WHERE answer IS NULL")
                    <= claimsBefore) {
                assertThat(System.nanoTime()).as("the first request claims its key").isLessThan(deadline);
                Thread.sleep(20);
            }
            owner.request().header("Idempotency-Key", key).delete("/api/v1/unique-codes/" + codeId).then()
                    .statusCode(409).body("code", equalTo("idempotency-key-in-use"));
            holder.rollback();
        }
        assertThat(first.get()).isEqualTo(204);
        owner.request().header("Idempotency-Key", key).delete("/api/v1/unique-codes/" + codeId).then().statusCode(204)
                .header("Idempotent-Replayed", "true");
        assertThat(owner.auditEvents("action=UNIQUE_CODE_DELETED")).hasSize(1);
    }

    /** Sign-up commits in steps; its answer (a session) is kept after the last, and the account is made once. */
    @Test
    void aRepeatedSignUpIsOneAccountAndTheSameSession() {
        var api = new com.lockvue.bootstrap.support.Api();
        String key = key();
        Map<String, String> body = Map.of("accountName", "Retry Ltd", "email", "retry-" + key + "@example.com",
                "password", Owner.PASSWORD);
        Response first = api.anonymous().header("Idempotency-Key", key).body(body).post("/api/v1/accounts");
        Response repeat = api.anonymous().header("Idempotency-Key", key).body(body).post("/api/v1/accounts");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.jsonPath().getString("accessToken")).isEqualTo(first.jsonPath().getString("accessToken"));
        assertThat(repeat.header("Set-Cookie")).isEqualTo(first.header("Set-Cookie"));
        api.anonymous().header("Idempotency-Key", key).body(Map.of("accountName", "Retry Ltd", "email",
                "retry-" + key + "@example.com", "password", "another long passphrase")).post("/api/v1/accounts")
                .then().statusCode(422);
    }

    @Test
    void aMalformedKeyIsABadRequestAndChangesNothing() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        for (String bad : new String[] {"short", "x".repeat(256), "has space in it, quite long"}) {
            owner.api.unchecked(owner.token).contentType("application/json").header("Idempotency-Key", bad)
                    .body(code("Bad key")).post("/api/v1/unique-codes").then().statusCode(400)
                    .body("errors[0].pointer", equalTo("/Idempotency-Key"));
        }
        assertThat(codes(owner)).isZero();
    }

    @Test
    void expiredEntriesAreSweptAndTheKeyIsFreeAgain() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String key = key();
        Map<String, Object> body = code("Day one");
        owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes").then()
                .statusCode(201);
        assertThat(store.sweepExpired(Instant.now().plus(Duration.ofHours(25)))).isPositive();
        owner.request().header("Idempotency-Key", key).body(body).post("/api/v1/unique-codes").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(codes(owner)).isEqualTo(2);
    }
}
