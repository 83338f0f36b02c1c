package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UniqueCodeRulesTest {
    @Inject
    ControllableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void theSixMonthLimitIsCountedInTheAccountsTimeZoneToTheMicrosecond() {
        Owner owner = Owner.signUp("Europe/London").enableUniqueCodes();
        // 31 August 11:00 in London (BST) plus six months is 28 February 11:00 (GMT), i.e. 11:00Z.
        clock.set(Instant.parse("2026-08-31T10:00:00Z"));
        owner.request().body(Map.of("description", "Longest", "expiresAt", "2027-02-28T11:00:00Z"))
                .post("/api/v1/unique-codes").then().statusCode(201).body("expiresAt", equalTo("2027-02-28T11:00:00Z"));
        owner.request().body(Map.of("description", "Too long", "expiresAt", "2027-02-28T11:00:00.000001Z"))
                .post("/api/v1/unique-codes").then().statusCode(400).body("code", equalTo("expiry-out-of-range"))
                .body("errors[0].pointer", equalTo("/expiresAt"));
        owner.request().body(Map.of("description", "Past", "expiresAt", "2026-08-31T10:00:00Z"))
                .post("/api/v1/unique-codes").then().statusCode(400).body("code", equalTo("expiry-out-of-range"));
        owner.request().body(Map.of("description", "Offset", "expiresAt", "2026-09-01T08:00:00+10:00"))
                .post("/api/v1/unique-codes").then().statusCode(201).body("expiresAt", equalTo("2026-08-31T22:00:00Z"));
    }

    @Test
    void descriptionIsRequiredAndAtMost200CharactersAndBothFieldsAreReportedAtOnce() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        owner.api.unchecked(owner.token).contentType("application/json")
                .body(Map.of("description", "x".repeat(201), "expiresAt", Instant.now().plusSeconds(60).toString()))
                .post("/api/v1/unique-codes").then().statusCode(400).body("errors[0].pointer", equalTo("/description"));
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("description", "  "))
                .post("/api/v1/unique-codes").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/description", "/expiresAt"));
        owner.request().get("/api/v1/unique-codes").then().body("items", hasSize(0));
    }

    @Test
    void creatingIsRefusedWhileTheFeatureIsOff() {
        Owner owner = Owner.signUp();
        owner.request().body(Map.of("description", "x", "expiresAt", Instant.now().plusSeconds(60).toString()))
                .post("/api/v1/unique-codes").then().statusCode(403).body("code", equalTo("unique-codes-disabled"))
                .body("type", equalTo("urn:lockvue:problem:unique-codes-disabled"));
    }

    @Test
    void listsArePaginatedNewestFirstWithoutGapsOrRepeats() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, owner.createCode("Code " + i).getString("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = owner.request().get("/api/v1/unique-codes?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/cursor"));
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes?limit=0").then().statusCode(400);
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes?status=DELETED").then().statusCode(400);
    }
}
