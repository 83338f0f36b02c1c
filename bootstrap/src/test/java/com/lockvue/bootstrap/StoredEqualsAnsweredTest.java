package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a 2xx answers is what is stored and read back later: instants to the microsecond PostgreSQL keeps, text
 * that PostgreSQL can hold unchanged (anything else is a 400 naming the field), and one account per email however
 * its accents are composed.
 */
@QuarkusTest
class StoredEqualsAnsweredTest {
    @Inject
    ControllableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030-01-31T16:59:59.9999999Z", "2030-01-31T16:59:59.999999999Z"})
    void anExpiryFinerThanAMicrosecondIsAnsweredAndStoredCutToTheMicrosecond(String requested) {
        Owner today = Owner.signUp().enableUniqueCodes();
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        // An owner session lasts hours: in 2030 the owner has logged in again.
        Owner owner = today.logIn();
        String id = owner.request().body(Map.of("description", "Fine digits", "expiresAt", requested))
                .post("/api/v1/unique-codes").then().statusCode(201)
                .body("expiresAt", equalTo("2030-01-31T16:59:59.999999Z")).extract().path("id");
        owner.request().get("/api/v1/unique-codes/" + id).then().statusCode(200)
                .body("expiresAt", equalTo("2030-01-31T16:59:59.999999Z"));
        owner.request().get("/api/v1/unique-codes").then().body("items[0].expiresAt", equalTo("2030-01-31T16:59:59.999999Z"));
    }

    @Test
    void theSixMonthLimitIsJudgedOnTheStoredMicrosecondNotOnTheDigitsSent() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        // 900 ns past the limit: PostgreSQL would round it up past the limit; cut to microseconds it is the limit.
        owner.request().body(Map.of("description", "At the limit", "expiresAt", "2026-09-10T09:00:00.0000009Z"))
                .post("/api/v1/unique-codes").then().statusCode(201).body("expiresAt", equalTo("2026-09-10T09:00:00Z"));
        owner.request().body(Map.of("description", "Past the limit", "expiresAt", "2026-09-10T09:00:00.0000019Z"))
                .post("/api/v1/unique-codes").then().statusCode(400).body("code", equalTo("expiry-out-of-range"));
        // Less than a microsecond after now is now, which is not in the future.
        owner.request().body(Map.of("description", "Now", "expiresAt", "2026-03-10T09:00:00.000000999Z"))
                .post("/api/v1/unique-codes").then().statusCode(400).body("code", equalTo("expiry-out-of-range"));
        owner.request().get("/api/v1/unique-codes").then().body("items", hasSize(1))
                .body("items[0].expiresAt", equalTo("2026-09-10T09:00:00Z"));
    }

    @Test
    void auditBoundsAreCutToTheMicrosecondLikeTheEventsTheyBound() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        clock.set(Instant.parse("2030-01-01T00:00:00.000001Z"));
        owner.logIn().createCode("Bounded", Instant.parse("2030-01-02T00:00:00Z"));
        clock.release();
        String created = "action=UNIQUE_CODE_CREATED&";
        assertThat(owner.auditEvents(created + "from=2030-01-01T00:00:00.0000019Z")).hasSize(1);
        assertThat(owner.auditEvents(created + "to=2030-01-01T00:00:00.0000019Z")).isEmpty();
        assertThat(owner.auditEvents(created + "from=2030-01-01T00:00:00.0000020Z")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\uD800", "\\uDFFF", "\\uDC00\\uD800", "\\uFFFE", "\\uFFFF", "\\uFDD0", "\\uD83F\\uDFFF"})
    void escapedInvalidUnicodeIsA400NamingTheFieldAndNothingIsStored(String escape) {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String expiry = Instant.now().plusSeconds(3600).toString();
        postJson(owner, "/api/v1/unique-codes", "{\"description\":\"Half " + escape + " a key\",\"expiresAt\":\"" + expiry + "\"}")
                .statusCode(400).body("errors[0].pointer", equalTo("/description"));
        postJson(owner, "/api/v1/locks", "{\"serialNumber\":\"LV-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"name\":\"Door " + escape + "\"}").statusCode(400).body("errors[0].pointer", equalTo("/name"));
        postJson(owner, "/api/v1/accounts", "{\"accountName\":\"Acme " + escape + "\",\"email\":\"u-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + Owner.PASSWORD + "\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/accountName"));
        postJson(owner, "/api/v1/accounts", "{\"accountName\":\"Acme\",\"email\":\"u" + escape + "@example.com\",\"password\":\""
                + Owner.PASSWORD + "\"}").statusCode(400).body("errors[0].pointer", equalTo("/email"));
        owner.request().get("/api/v1/unique-codes").then().body("items", hasSize(0));
        owner.request().get("/api/v1/locks").then().body("items", hasSize(0));
    }

    @Test
    void aPairedSurrogateIsStoredAndReadBackAsSent() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String expiry = Instant.now().plusSeconds(3600).toString();
        String id = postJson(owner, "/api/v1/unique-codes", "{\"description\":\"Key \\uD83D\\uDD11\",\"expiresAt\":\"" + expiry + "\"}")
                .statusCode(201).body("description", equalTo("Key \uD83D\uDD11")).extract().path("id");
        owner.request().get("/api/v1/unique-codes/" + id).then().body("description", equalTo("Key \uD83D\uDD11"));
    }

    @Test
    void searchTextWithANoncharacterIsA400NamingTheParameter() {
        Owner owner = Owner.signUp();
        owner.api.unchecked(owner.token).urlEncodingEnabled(false).get("/api/v1/locks?search=door%EF%BF%BF").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].pointer", equalTo("/search"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FF", "C181", "C080", "E080AF", "EDA080", "F4908080", "F880808080", "C3"})
    void aBodyThatIsNotUtf8IsA400ProblemAndNothingIsStored(String hexBytes) {
        Owner owner = Owner.signUp();
        byte[] prefix = "{\"serialNumber\":\"LV-0042\",\"name\":\"Door ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = java.util.HexFormat.of().parseHex(hexBytes);
        byte[] suffix = "\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        owner.api.unchecked(owner.token).contentType("application/json").body(body).post("/api/v1/locks").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-request"));
        owner.request().get("/api/v1/locks").then().body("items", hasSize(0));
    }

    @Test
    void oneEmailWithComposedOrDecomposedAccentsIsOneAccount() {
        Api api = new Api();
        String local = "jos" + UUID.randomUUID().toString().substring(0, 8);
        String composed = local + "\u00E9@example.com";
        String decomposed = local.toUpperCase() + "E\u0301@Example.com";
        api.anonymous().body(Map.of("accountName", "Composed", "email", composed, "password", Owner.PASSWORD))
                .post("/api/v1/accounts").then().statusCode(201).body("user.email", equalTo(composed));
        api.anonymous().body(Map.of("accountName", "Decomposed", "email", decomposed, "password", Owner.PASSWORD))
                .post("/api/v1/accounts").then().statusCode(409).body("code", equalTo("email-already-registered"));
        api.anonymous().body(Map.of("email", decomposed, "password", Owner.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200).body("user.email", equalTo(composed)).body("account.name", equalTo("Composed"));
    }

    private static ValidatableResponse postJson(Owner owner, String path, String json) {
        return owner.api.unchecked(owner.token).contentType("application/json").body(json).post(path).then();
    }
}
