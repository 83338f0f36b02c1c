package com.lockvue.bootstrap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The code session's lock list, read with the session's state in one statement: every lock shared to this code and
 * no other, by name whatever its case, each at its own level; a code shared nothing still answers, and a change by
 * the owner shows on the next request.
 */
@QuarkusTest
class CodeSessionLocksTest {
    @Test
    void listsTheCodesOwnLocksByNameAtTheirLevelsAndFollowsTheOwnersChanges() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String garage = owner.activateLock("garage");
        String back = owner.activateLock("Back door");
        String front = owner.activateLock("Front door");
        String notShared = owner.activateLock("Attic");
        JsonPath code = owner.createCode("Guest");
        JsonPath other = owner.createCode("Other guest");
        String garagePermission = owner.share(code.getString("id"), "MAINTENANCE", garage).get(0);
        owner.share(code.getString("id"), "RESTRICTED", back, front);
        owner.share(other.getString("id"), "MAINTENANCE", notShared);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        phone.locks().statusCode(200).body("uniqueCode.id", equalTo(code.getString("id")))
                .body("items.name", contains("Back door", "Front door", "garage"))
                .body("items.lockId", contains(back, front, garage))
                .body("items.level", contains("RESTRICTED", "RESTRICTED", "MAINTENANCE"));

        owner.request().delete("/api/v1/permissions/" + garagePermission).then().statusCode(204);
        phone.locks().statusCode(200).body("items.name", contains("Back door", "Front door"));

        owner.request().delete("/api/v1/unique-codes/" + code.getString("id")).then().statusCode(204);
        phone.locks().statusCode(401).body("code", equalTo("code-session-ended"));
    }

    @Test
    void aCodeSharedNothingAnswersWithItsSummaryAndNoLocks() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        JsonPath code = owner.createCode("Nothing yet");
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        phone.locks().statusCode(200).body("uniqueCode.description", equalTo("Nothing yet"))
                .body("items", empty());
        String lock = owner.activateLock("Door");
        owner.share(code.getString("id"), "MAINTENANCE", lock);
        String serial = owner.request().get("/api/v1/locks/" + lock).then().statusCode(200).extract()
                .path("serialNumber");
        phone.locks().statusCode(200).body("items.lockId", contains(lock)).body("items.serialNumber", contains(serial));
    }
}
