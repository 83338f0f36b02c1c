package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The access rules through the API, on real PostgreSQL: what the console sends and what the guest's phone meets. */
@QuarkusTest
class AccessRulesApiTest {
    static final String NONCE = "AAECAwQFBgcICQoLDA0ODw";

    @Inject
    DataSource dataSource;

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static JsonPath create(Owner owner, Object... extra) {
        Map<String, Object> request = body(extra);
        request.putIfAbsent("description", "Guest");
        request.putIfAbsent("expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        return owner.request().body(request).post("/api/v1/unique-codes").then().statusCode(201).extract().jsonPath();
    }

    static Response unlock(Phone phone, String lock) {
        return phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", NONCE, "action", "UNLOCK")).post("/api/v1/locks/" + lock + "/unlock-commands");
    }

    @Test
    void aScheduledCodeLogsInButOpensNothingUntilItsStart() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Holiday flat");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonPath code = create(owner, "startsAt", start.toString());
        assertThat(code.getString("status")).isEqualTo("SCHEDULED");
        assertThat(code.getString("statusChangesAt")).isEqualTo(start.toString());
        assertThat(code.getBoolean("openNow")).isFalse();
        assertThat(code.getString("reasons[0].code")).isEqualTo("not-started");
        assertThat(code.getString("reasons[0].until")).isEqualTo(start.toString());
        owner.share(code.getString("id"), "RESTRICTED", lock);
        owner.request().get("/api/v1/unique-codes?status=SCHEDULED").then().statusCode(200)
                .body("items.id", contains(code.getString("id")));
        owner.request().get("/api/v1/unique-codes?status=ACTIVE").then().body("items", empty());

        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200).body("uniqueCode.status", equalTo("SCHEDULED"));
        phone.locks().statusCode(200).body("items[0].access.state", equalTo("OPENS_LATER"))
                .body("items[0].access.opensAt", equalTo(start.toString()));
        unlock(phone, lock).then().statusCode(403).body("code", equalTo("unique-code-not-started"));
    }

    @Test
    void racingUnlocksOfAThreeUseCodeGetExactlyThreeCommands() throws Exception {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Busy door");
        JsonPath code = create(owner, "maxUnlocks", 3);
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        int racers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return unlock(phone, lock);
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new HashMap<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            String outcome = response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.path("code");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        pool.shutdown();

        assertThat(outcomes).containsOnly(Map.entry("201", 3), Map.entry("403 unique-code-exhausted", racers - 3));
        UUID id = UUID.fromString(code.getString("id"));
        assertThat(DatabaseState.count(dataSource, "SELECT unlocks_used FROM unique_codes WHERE id = ?", id)).isEqualTo(3);
        assertThat(owner.auditEvents("action=LOCK_COMMAND_ISSUED&uniqueCodeId=" + id))
                .filteredOn(e -> "SUCCESS".equals(e.get("outcome"))).extracting(e -> (String) e.get("reason"))
                .map(reason -> reason.substring(reason.indexOf("unlocks=")))
                .containsExactlyInAnyOrder("unlocks=1/3", "unlocks=2/3", "unlocks=3/3");
        owner.request().get("/api/v1/unique-codes/" + id).then().body("status", equalTo("EXHAUSTED"))
                .body("unlocksUsed", equalTo(3)).body("reasons[0].code", equalTo("exhausted"));
        phone.locks().statusCode(200).body("items[0].access.state", equalTo("NEVER"));
    }

    @Test
    void aOneTimeCodeOpensOnceThenIsExhausted() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Parcel box");
        JsonPath code = create(owner, "maxUnlocks", 1, "expiresMinutesAfterFirstUnlock", 15);
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        Instant before = Instant.now();
        unlock(phone, lock).then().statusCode(201);
        unlock(phone, lock).then().statusCode(403).body("code", equalTo("unique-code-exhausted"));
        JsonPath after = owner.request().get("/api/v1/unique-codes/" + code.getString("id")).then().extract().jsonPath();
        assertThat(Instant.parse(after.getString("effectiveExpiresAt")))
                .isBetween(before.plusSeconds(15 * 60 - 5), Instant.now().plusSeconds(15 * 60));
        assertThat(after.getString("firstUnlockAt")).isNotNull();
    }

    @Test
    void integratorsAreToldOfEditsSuspensionsAndTheUnlockThatUsedACodeUp() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Shed");
        JsonPath code = create(owner, "maxUnlocks", 1);
        String id = code.getString("id");
        owner.share(id, "RESTRICTED", lock);
        owner.request().body(Map.of("description", "Gardener")).patch("/api/v1/unique-codes/" + id).then().statusCode(200);
        owner.request().put("/api/v1/unique-codes/" + id + "/suspension").then().statusCode(200);
        owner.request().delete("/api/v1/unique-codes/" + id + "/suspension").then().statusCode(200);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        unlock(phone, lock).then().statusCode(201);

        JsonPath feed = owner.request().get("/api/v1/events?limit=100").then().statusCode(200).extract().jsonPath();
        List<String> types = feed.getList("items.type");
        assertThat(types).containsSubsequence("unique_code.updated", "unique_code.updated", "unique_code.updated",
                "code_login.succeeded", "lock_command.issued", "unique_code.exhausted");
        assertThat(types.get(types.size() - 1)).isEqualTo("unique_code.exhausted");
        List<Map<String, Object>> updates = feed.getList("items.findAll { it.type == 'unique_code.updated' }.data");
        assertThat(updates).extracting(u -> u.get("change")).containsExactly("TERMS", "SUSPENDED", "RESUMED");
        assertThat(updates).extracting(u -> u.get("suspended")).containsExactly(false, true, false);
        assertThat(updates).allSatisfy(u -> assertThat(u).containsEntry("description", "Gardener")
                .containsEntry("maxUnlocks", 1).containsEntry("uniqueCodeId", id));
        assertThat(feed.getMap("items[-1].data")).containsEntry("uniqueCodeId", id).containsEntry("unlocksUsed", 1)
                .containsEntry("maxUnlocks", 1);
        assertThat(feed.getString("items[-1].actor.type")).isEqualTo("UNIQUE_CODE");
    }

    @Test
    void changesNeedTheCurrentVersionAndAreAuditedWithWhatTheyWereAndBecame() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String id = create(owner).getString("id");
        String tag = owner.request().get("/api/v1/unique-codes/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(tag).isEqualTo("\"0\"");
        owner.request().header("If-Match", tag).body(Map.of("maxUnlocks", 2, "weeklyWindows",
                        List.of(Map.of("days", List.of("MONDAY", "FRIDAY"), "start", "22:00", "end", "06:00"))))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("maxUnlocks", equalTo(2)).body("weeklyWindows[0].days", contains("MONDAY", "FRIDAY"))
                .body("weeklyWindows[0].end", equalTo("06:00"));
        owner.api.unchecked(owner.token).contentType("application/json").header("If-Match", tag)
                .body(Map.of("description", "Stale")).patch("/api/v1/unique-codes/" + id).then().statusCode(412)
                .body("code", equalTo("precondition-failed"));
        owner.request().header("If-Match", "\"1\"").body(body("weeklyWindows", null, "maxUnlocks", null))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(200).body("weeklyWindows", empty())
                .body("maxUnlocks", nullValue()).body("description", equalTo("Guest"));
        assertThat(owner.auditEvents("action=UNIQUE_CODE_CHANGED&uniqueCodeId=" + id))
                .extracting(e -> (String) e.get("reason")).containsExactly(
                        "weeklyWindows: MON,FRI 22:00-06:00 -> none; maxUnlocks: 2 -> none",
                        "weeklyWindows: none -> MON,FRI 22:00-06:00; maxUnlocks: none -> 2");
    }

    @Test
    void aBadChangeIsAProblemNamingEachFieldAndChangesNothing() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String id = create(owner).getString("id");
        var bad = owner.api.unchecked(owner.token).contentType("application/json");
        bad.body("{}").patch("/api/v1/unique-codes/" + id).then().statusCode(400);
        owner.api.unchecked(owner.token).contentType("application/json").body(body("expiresAt", null))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("/expiresAt"));
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("colour", "red"))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400);
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("maxUnlocks", 0,
                        "weeklyWindows", List.of(Map.of("days", List.of("MONDAY"), "start", "9:00", "end", "17:00"))))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400)
                .body("errors.pointer", contains("/weeklyWindows/0/start", "/maxUnlocks"));
        owner.api.unchecked(owner.token).contentType("application/json")
                .body(Map.of("startsAt", Instant.now().minusSeconds(60).toString()))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400).body("code", equalTo("start-out-of-range"));
        // Neither an empty date-time nor a boolean for a number is read as "absent" or as 1.
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("startsAt", ""))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("/startsAt"));
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("maxUnlocks", true))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("/maxUnlocks"));
        // An empty list is "at any time", as a code without windows reads back (and as generated clients send it):
        // on this code that is no change.
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("weeklyWindows", List.of()))
                .patch("/api/v1/unique-codes/" + id).then().statusCode(200).body("weeklyWindows", empty());
        owner.api.unchecked(owner.token).contentType("application/json").body(Map.of("description", "New",
                        "startsAt", "", "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/unique-codes").then().statusCode(400);
        owner.request().get("/api/v1/unique-codes/" + id).then().header("ETag", "\"0\"");
        owner.request().get("/api/v1/unique-codes?limit=200").then().body("items.id", contains(id));
    }

    @Test
    void aSuspendedCodeOpensNothingAndLogsInNowhereUntilResumed() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Office");
        JsonPath code = create(owner);
        String id = code.getString("id");
        owner.share(id, "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        owner.request().put("/api/v1/unique-codes/" + id + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("reasons[0].code", equalTo("suspended"));
        phone.api.unchecked(phone.token()).get("/api/v1/code-session/locks").then().statusCode(403)
                .body("code", equalTo("unique-code-suspended"));
        unlock(phone, lock).then().statusCode(403).body("code", equalTo("unique-code-suspended"));
        new Phone().codeLogin(code.getString("code")).statusCode(403).body("code", equalTo("unique-code-suspended"));
        owner.request().get("/api/v1/unique-codes?status=SUSPENDED").then().body("items.id", contains(id));

        owner.request().delete("/api/v1/unique-codes/" + id + "/suspension").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        phone.locks().statusCode(200).body("items[0].access.state", equalTo("OPEN"));
        unlock(phone, lock).then().statusCode(201);
        assertThat(owner.auditEvents("uniqueCodeId=" + id)).extracting(e -> (String) e.get("action"))
                .contains("UNIQUE_CODE_SUSPENDED", "UNIQUE_CODE_RESUMED");
    }

    @Test
    void outsideItsWindowsACodeSaysWhenItOpensNextAndIssuesNothing() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Gym");
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        JsonPath code = create(owner, "weeklyWindows",
                List.of(Map.of("days", List.of(later.getDayOfWeek().name()), "start", "10:00", "end", "11:00")));
        Instant opens = later.atTime(10, 0).toInstant(ZoneOffset.UTC);
        assertThat(code.getString("status")).isEqualTo("ACTIVE");
        assertThat(code.getBoolean("openNow")).isFalse();
        assertThat(code.getString("nextOpeningAt")).isEqualTo(opens.toString());
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        phone.locks().body("items[0].access.state", equalTo("OPENS_LATER"))
                .body("items[0].access.reasons[0].code", equalTo("outside-windows"));
        unlock(phone, lock).then().statusCode(403).body("code", equalTo("outside-access-window"));
    }

    @Test
    void theDiagnosisGivesAVerdictPerLockAndActionAndTheRecentRefusals() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String front = owner.activateLock("Front");
        String shed = owner.activateLock("Shed");
        JsonPath code = create(owner);
        String id = code.getString("id");
        owner.share(id, "RESTRICTED", front);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        new Phone().codeLogin(code.getString("code")).statusCode(409);

        JsonPath all = owner.request().get("/api/v1/unique-codes/" + id + "/diagnosis").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("verdicts.action")).containsExactly("UNLOCK", "BATTERY_STATUS", "TIME_SYNC");
        assertThat(all.getString("recentFailures[0].code")).isEqualTo("code-bound-to-other-device");
        assertThat(all.getString("device.deviceId")).isEqualTo(phone.deviceId);
        List<String> unlockReasons = all.getList("verdicts[0].reasons.code");
        assertThat(unlockReasons).containsExactly("bound-to-other-device");
        assertThat(all.getList("verdicts[1].reasons.code")).contains("level-too-low");

        owner.request().get("/api/v1/unique-codes/" + id + "/diagnosis?lockId=" + shed + "&action=UNLOCK").then()
                .statusCode(200).body("verdicts[0].verdict", equalTo("BLOCKED")).body("verdicts[0].level", nullValue())
                .body("verdicts[0].reasons.code", hasItem("lock-not-shared"));
        String foreignLock = Owner.signUp().activateLock("Elsewhere");
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes/" + id + "/diagnosis?lockId=" + foreignLock)
                .then().statusCode(404);
        owner.api.unchecked(owner.token).get("/api/v1/unique-codes/" + id + "/diagnosis?action=OPEN")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/action"));
    }

    @Test
    void theTrustAnchorsArePublicAndCacheableAndTheSameAsEachLocks() {
        Owner owner = Owner.signUp();
        String lock = owner.activateLock("Provisioned");
        List<String> perLock = owner.request().get("/api/v1/locks/" + lock + "/trust-anchors").then().statusCode(200)
                .extract().path("items.keyId");
        new Phone().api.anonymous().get("/api/v1/trust-anchors").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").body("items.keyId", equalTo(perLock));
    }

    @Test
    void theGuestNamesTheirPhoneAndTheOwnerSeesIt() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        JsonPath code = create(owner);
        Phone phone = new Phone();
        phone.api.anonymous().body(Map.of("code", code.getString("code"), "deviceId", phone.deviceId,
                "deviceName", "Anna's phone")).post("/api/v1/code-login").then().statusCode(200);
        owner.request().get("/api/v1/unique-codes/" + code.getString("id")).then()
                .body("device.name", equalTo("Anna's phone"));
        String token = phone.api.anonymous().body(Map.of("code", code.getString("code"), "deviceId", phone.deviceId))
                .post("/api/v1/code-login").then().statusCode(200).extract().path("accessToken");
        phone.api.with(token).body(Map.of("deviceName", "Anna's tablet")).patch("/api/v1/code-session/device")
                .then().statusCode(200).body("deviceName", equalTo("Anna's tablet"));
        owner.request().get("/api/v1/unique-codes/" + code.getString("id")).then()
                .body("device.name", equalTo("Anna's tablet"));
    }

    @Test
    void myLocksSaysToWhomEachLockIsSharedAndActivityNamesTheOwner() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String door = owner.activateLock("Shared door");
        owner.activateLock("Private door");
        for (String description : List.of("Zoe", "Adam", "Mia", "Bob", "Eve", "Kim")) {
            owner.share(create(owner, "description", description).getString("id"), "RESTRICTED", door);
        }
        JsonPath locks = owner.request().get("/api/v1/locks").then().statusCode(200).extract().jsonPath();
        assertThat(locks.getInt("items.find { it.name == 'Shared door' }.sharedWith.count")).isEqualTo(6);
        assertThat(locks.getList("items.find { it.name == 'Shared door' }.sharedWith.recipients.description"))
                .containsExactly("Adam", "Bob", "Eve", "Kim", "Mia");
        assertThat(locks.getInt("items.find { it.name == 'Private door' }.sharedWith.count")).isZero();
        assertThat(owner.auditEvents("action=LOCK_ACTIVATED")).extracting(e -> e.get("actorEmail"))
                .containsOnly(owner.email);
    }
}
