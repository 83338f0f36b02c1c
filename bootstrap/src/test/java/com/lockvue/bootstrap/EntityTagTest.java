package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Settings and codes carry their version as an ETag; a settings change sent with If-Match naming an older one is
 * 412 and changes nothing, so two people editing the same account never overwrite each other unknowingly.
 */
@QuarkusTest
class EntityTagTest {

    @Test
    void aSettingsChangeBasedOnAStaleReadIsRefusedAndChangesNothing() {
        Owner owner = Owner.signUp();
        String read = owner.request().get("/api/v1/settings").then().statusCode(200).extract().header("ETag");
        assertThat(read).matches("\"\\d+\"");

        String afterFirst = owner.request().header("If-Match", read).body(Map.of("uniqueCodesEnabled", true))
                .patch("/api/v1/settings").then().statusCode(200).body("uniqueCodesEnabled", equalTo(true))
                .extract().header("ETag");
        assertThat(afterFirst).isNotEqualTo(read);

        owner.request().header("If-Match", read).body(Map.of("timeZone", "Europe/Paris"))
                .patch("/api/v1/settings").then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("precondition-failed"));
        owner.request().get("/api/v1/settings").then().body("timeZone", equalTo("UTC"))
                .header("ETag", equalTo(afterFirst));

        owner.request().header("If-Match", "*").body(Map.of("timeZone", "Europe/Paris")).patch("/api/v1/settings")
                .then().statusCode(200);
        owner.request().header("If-Match", "\"not a tag of ours\"").body(Map.of("timeZone", "UTC"))
                .patch("/api/v1/settings").then().statusCode(412);
    }

    @Test
    void aCodeTellsItsVersionAndAnotherOnceItChanges() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        var code = owner.createCode("Guest");
        String path = "/api/v1/unique-codes/" + code.getString("id");
        String before = owner.request().get(path).then().statusCode(200).extract().header("ETag");
        new Phone().codeLogin(code.getString("code")).statusCode(200);
        String after = owner.request().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(before).matches("\"\\d+\"");
        assertThat(after).isNotEqualTo(before);
    }
}
