package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Managing endpoints: the secret is shown once and never again, bad or internal URLs are refused before anything
 * is stored, changes carry versions (412 on a stale one), every change is audited without the URL's query.
 */
@QuarkusTest
class WebhookEndpointsTest {
    static final String URL = "http://127.0.0.1:9/hooks?token=receiver-side-secret";

    @Test
    void theSecretIsShownOnceAtCreationAndAfterEachRotationNeverInAReadOrTheAuditTrail() {
        Owner owner = Owner.signUp();
        JsonPath created = create(owner, Map.of("url", URL, "description", "PMS",
                "eventTypes", List.of("permission.revoked", "unique_code.created")));
        String id = created.getString("endpoint.id");
        String secret = created.getString("secret");
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(created.getList("endpoint.eventTypes")).containsExactly("unique_code.created", "permission.revoked");

        String read = owner.request().get("/api/v1/webhook-endpoints/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("failingSince", equalTo(null)).extract().asString();
        String list = owner.request().get("/api/v1/webhook-endpoints").then().statusCode(200)
                .body("items.id", contains(id)).extract().asString();
        String rotated = owner.request().post("/api/v1/webhook-endpoints/" + id + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        assertThat(rotated).isNotEqualTo(secret);
        String log = owner.request().get("/api/v1/audit-events?limit=200").then().statusCode(200).extract().asString();
        for (String text : List.of(read, list, log)) {
            assertThat(text).doesNotContain(secret.substring(6)).doesNotContain(rotated.substring(6));
        }
        assertThat(read).as("the owner sees the URL they set").contains(URL);
        assertThat(log).as("the audit trail names the host, not a token the URL may carry")
                .doesNotContain("receiver-side-secret").contains("host=127.0.0.1");
        assertThat(owner.auditEvents("")).extracting(e -> e.get("action"))
                .contains("WEBHOOK_ENDPOINT_CREATED", "WEBHOOK_SECRET_ROTATED");
    }

    @Test
    void badUrlsInternalTargetsAndUnknownEventTypesAreRefusedAndNothingIsStored() {
        Owner owner = Owner.signUp();
        for (String url : List.of("ftp://example.com/x", "not a url", "https://user:pw@example.com/",
                "http://169.254.169.254/latest/meta-data", "http://10.0.0.7/hook", "http://[fd00:ec2::254]/",
                "http://192.168.1.1/")) {
            owner.api.unchecked(owner.token).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of("unique_code.created")))
                    .post("/api/v1/webhook-endpoints").then().statusCode(400).body("code", equalTo("validation-failed"))
                    .body("errors.pointer", hasItem("/url"));
        }
        for (Object types : List.of(List.of(), List.of("unique_code.made"), List.of("webhook.test"),
                List.of("unique_code.created", "unique_code.created"))) {
            owner.api.unchecked(owner.token).contentType("application/json")
                    .body(Map.of("url", URL, "eventTypes", types)).post("/api/v1/webhook-endpoints")
                    .then().statusCode(400);
        }
        owner.request().get("/api/v1/webhook-endpoints").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        Owner owner = Owner.signUp();
        String id = create(owner, Map.of("url", URL, "eventTypes", List.of("unique_code.created")))
                .getString("endpoint.id");
        String path = "/api/v1/webhook-endpoints/" + id;
        String read = owner.request().get(path).then().extract().header("ETag");
        String afterDisable = owner.request().header("If-Match", read).body(Map.of("enabled", false)).patch(path)
                .then().statusCode(200).body("enabled", equalTo(false)).extract().header("ETag");
        assertThat(afterDisable).isNotEqualTo(read);

        owner.request().header("If-Match", read).body(Map.of("description", "stale")).patch(path).then().statusCode(412)
                .body("code", equalTo("precondition-failed"));
        owner.request().header("If-Match", read).post(path + "/rotate-secret").then().statusCode(412);
        owner.request().header("If-Match", read).delete(path).then().statusCode(412);
        owner.request().get(path).then().body("description", equalTo("")).header("ETag", equalTo(afterDisable));

        owner.request().body(Map.of("enabled", false)).patch(path).then().statusCode(200).header("ETag", equalTo(afterDisable));
        owner.request().header("If-Match", afterDisable).delete(path).then().statusCode(204);
        owner.request().get(path).then().statusCode(404).body("code", equalTo("webhook-endpoint-not-found"));
    }

    @Test
    void anAccountHasAtMostTenEndpoints() {
        Owner owner = Owner.signUp();
        for (int i = 0; i < 10; i++) {
            create(owner, Map.of("url", URL + i, "eventTypes", List.of("settings.changed")));
        }
        owner.request().body(Map.of("url", URL, "eventTypes", List.of("settings.changed")))
                .post("/api/v1/webhook-endpoints").then().statusCode(403).body("code", equalTo("webhook-endpoint-limit"));
    }

    @Test
    void theFeedRefusesACursorItDidNotIssueAndPagesWithoutLosingItsPlace() {
        Owner owner = Owner.signUp();
        for (String zone : List.of("Europe/Paris", "Europe/Kyiv", "Asia/Kolkata")) {
            owner.request().body(Map.of("timeZone", zone)).patch("/api/v1/settings").then().statusCode(200);
        }
        JsonPath first = owner.request().get("/api/v1/events?limit=2").then().statusCode(200)
                .body("hasMore", equalTo(true)).extract().jsonPath();
        JsonPath second = owner.request().get("/api/v1/events?limit=2&after=" + first.getString("nextCursor")).then()
                .statusCode(200).body("hasMore", equalTo(false)).extract().jsonPath();
        assertThat(second.getString("items[0].data.timeZone")).isEqualTo("Asia/Kolkata");
        JsonPath empty = owner.request().get("/api/v1/events?after=" + second.getString("nextCursor")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(empty.getList("items")).isEmpty();
        assertThat(empty.getString("nextCursor")).as("an empty page keeps the place").isEqualTo(second.getString("nextCursor"));

        owner.request().body(Map.of("timeZone", "UTC")).patch("/api/v1/settings").then().statusCode(200);
        owner.request().get("/api/v1/events?after=" + empty.getString("nextCursor")).then()
                .body("items.data.timeZone", contains("UTC"));
        for (String bad : List.of("nope", "ZTI6MTox",
                java.util.Base64.getUrlEncoder().encodeToString("e1:-1:2".getBytes()))) {
            owner.api.unchecked(owner.token).get("/api/v1/events?after=" + bad).then().statusCode(400)
                    .body("errors.pointer", contains("/after"));
        }
    }

    private static JsonPath create(Owner owner, Map<String, Object> body) {
        return owner.request().body(body).post("/api/v1/webhook-endpoints").then().statusCode(201)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\"")).extract().jsonPath();
    }
}
