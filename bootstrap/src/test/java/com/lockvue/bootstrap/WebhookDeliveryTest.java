package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.application.port.in.AnnounceCodeExpiriesUseCase;
import com.lockvue.application.port.in.DeliverWebhooksUseCase;
import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.Http;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import com.lockvue.bootstrap.support.StandardWebhooksVerifier;
import com.lockvue.bootstrap.support.WebhookReceiver;
import com.lockvue.bootstrap.support.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end on real PostgreSQL and real HTTP: a receiver on loopback gets signed deliveries of what the
 * owner and the guests do, verified as a receiver would (from the specification, not the server's code); the same
 * events are in the feed; an outage shows every retry of the published schedule, then the endpoint is failing.
 * The background workers are off in tests: each test runs the delivery step at instants of the test clock.
 */
@QuarkusTest
class WebhookDeliveryTest {
    @Inject
    DeliverWebhooksUseCase worker;
    @Inject
    AnnounceCodeExpiriesUseCase expiries;
    @Inject
    ControllableClock clock;

    WebhookReceiver receiver;
    Owner owner;

    @BeforeEach
    void receiverAndOwner() {
        receiver = new WebhookReceiver();
        owner = Owner.signUp().enableUniqueCodes();
    }

    @AfterEach
    void stop() {
        clock.release();
        receiver.close();
    }

    @Test
    void whatHappensIsDeliveredSignedInOrderAndIsExactlyWhatTheFeedLists() {
        String secret = createEndpoint(List.of("unique_code.created", "permission.granted", "code_login.succeeded",
                "code_login.refused", "lock_command.issued")).getString("secret");
        String lock = owner.activateLock("Front door");
        JsonPath code = owner.createCode("Cleaner");
        owner.share(code.getString("id"), "RESTRICTED", lock);
        Phone phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        new Phone().codeLogin(code.getString("code")).statusCode(409);
        phone.api.with(phone.token()).body(Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK"))
                .post("/api/v1/locks/" + lock + "/unlock-commands").then().statusCode(201);
        deliverAllDue();

        List<Received> got = receiver.received();
        assertThat(got).extracting(r -> type(r.body())).containsExactly("unique_code.created", "permission.granted",
                "code_login.succeeded", "code_login.refused", "lock_command.issued");
        assertThat(got).allSatisfy(delivery -> {
            assertThat(StandardWebhooksVerifier.verifies(secret, delivery)).as("signature of %s", delivery.body()).isTrue();
            assertThat(delivery.header("webhook-id")).isEqualTo(json(delivery.body()).get("id").asText());
            assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            assertThat(delivery.header("content-type")).isEqualTo("application/json");
            assertThat(delivery.body()).doesNotContain(code.getString("code")).doesNotContain(phone.token());
        });
        assertThat(json(got.get(3).body()).at("/data/reason").asText()).isEqualTo("code-bound-to-other-device");

        List<JsonNode> feed = new java.util.ArrayList<>();
        feed(null).get("items").forEach(feed::add);
        assertThat(feed.remove(0).get("type").asText()).as("enabling Unique Codes, before the endpoint existed")
                .isEqualTo("settings.changed");
        assertThat(feed).extracting(n -> n.get("id").asText())
                .containsExactlyElementsOf(got.stream().map(r -> r.header("webhook-id")).toList());
        for (int i = 0; i < got.size(); i++) {
            assertThat(feed.get(i)).as("the delivered body is the feed's event").isEqualTo(json(got.get(i).body()));
        }
        List<Map<String, Object>> log = deliveries(endpointId());
        assertThat(log).hasSize(5).allSatisfy(d -> {
            assertThat(d.get("state")).isEqualTo("SUCCEEDED");
            assertThat(d.get("attempts")).isEqualTo(1);
            assertThat(((List<Map<String, Object>>) d.get("attemptLog")).get(0)).containsEntry("statusCode", 204)
                    .containsEntry("succeeded", true);
        });
    }

    @Test
    void anOutageShowsEveryRetryOfThePublishedScheduleThenTheEndpointIsFailingUntilARedeliverySucceeds() {
        createEndpoint(List.of("unique_code.created"));
        receiver.answer(503);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        owner.createCode("Plumber", start.plus(7, ChronoUnit.DAYS));
        List<Duration> published = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

        deliverAllDue();
        assertThat(receiver.received()).hasSize(1);
        int attempts = 1;
        for (Duration wait : published) {
            clock.advance(wait.minusSeconds(1));
            deliverAllDue();
            assertThat(receiver.received()).as("not retried a second before %s have passed", wait).hasSize(attempts);
            clock.advance(Duration.ofSeconds(1));
            deliverAllDue();
            attempts++;
            assertThat(receiver.received()).as("retried %s after the attempt before", wait).hasSize(attempts);
        }
        clock.advance(Duration.ofDays(2));
        deliverAllDue();
        assertThat(receiver.received()).as("eight attempts, then no more").hasSize(8);
        assertThat(receiver.received()).extracting(Received::body).containsOnly(receiver.received().get(0).body());
        clock.release();

        Map<String, Object> delivery = deliveries(endpointId()).get(0);
        assertThat(delivery).containsEntry("state", "FAILED").containsEntry("attempts", 8).containsEntry("nextAttemptAt", null);
        assertThat((List<?>) delivery.get("attemptLog")).hasSize(8)
                .allSatisfy(a -> {
                    assertThat(((Map<?, ?>) a).get("statusCode")).isEqualTo(503);
                    assertThat(((Map<?, ?>) a).get("succeeded")).isEqualTo(false);
                });
        owner.request().get("/api/v1/webhook-endpoints/" + endpointId()).then().statusCode(200)
                .body("failingSince", org.hamcrest.Matchers.notNullValue());

        receiver.answer(200);
        owner.request().post("/api/v1/webhook-endpoints/" + endpointId() + "/deliveries/" + delivery.get("id")
                + "/redeliver").then().statusCode(202);
        deliverAllDue();
        assertThat(receiver.received()).hasSize(9);
        assertThat(deliveries(endpointId()).get(0)).containsEntry("state", "SUCCEEDED").containsEntry("attempts", 9);
        owner.request().get("/api/v1/webhook-endpoints/" + endpointId()).then().body("failingSince", equalTo(null));
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventOnceItIsBackInTheirOrder() {
        createEndpoint(List.of("unique_code.created", "unique_code.deleted"));
        receiver.answer(500);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        String first = owner.createCode("First", start.plus(1, ChronoUnit.DAYS)).getString("id");
        owner.createCode("Second", start.plus(1, ChronoUnit.DAYS));
        owner.request().delete("/api/v1/unique-codes/" + first).then().statusCode(204);
        deliverAllDue();
        assertThat(receiver.received()).as("one request per round to a receiver that is down").hasSize(1);

        receiver.answer(204);
        clock.advance(Duration.ofSeconds(5));
        deliverAllDue();
        List<Received> got = receiver.received();
        assertThat(got.subList(1, got.size())).extracting(r -> type(r.body()) + " " + json(r.body()).at("/data/uniqueCodeId").asText())
                .containsExactly("unique_code.created " + first,
                        "unique_code.created " + json(got.get(2).body()).at("/data/uniqueCodeId").asText(),
                        "unique_code.deleted " + first);
    }

    @Test
    void aTestEventGoesToItsEndpointOnlyAndARotatedSecretSignsBesideTheNewOneForADay() {
        String oldSecret = createEndpoint(List.of("settings.changed")).getString("secret");
        Receiver2 other = new Receiver2();
        try {
            owner.request().post("/api/v1/webhook-endpoints/" + endpointId() + "/test").then().statusCode(202);
            String newSecret = owner.request().post("/api/v1/webhook-endpoints/" + endpointId() + "/rotate-secret").then()
                    .statusCode(200).body("endpoint.previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                    .extract().path("secret");
            assertThat(newSecret).isNotEqualTo(oldSecret).startsWith("whsec_");
            owner.request().body(Map.of("timeZone", "Europe/Kyiv")).patch("/api/v1/settings").then().statusCode(200);
            deliverAllDue();

            List<Received> got = receiver.received();
            assertThat(got).extracting(r -> type(r.body())).containsExactly("webhook.test", "settings.changed");
            assertThat(json(got.get(0).body()).at("/data/endpointId").asText()).isEqualTo(endpointId());
            assertThat(other.receiver.received()).as("the other endpoint got no test event").isEmpty();
            assertThat(got.get(1).header("webhook-signature").split(" ")).hasSize(2);
            assertThat(StandardWebhooksVerifier.verifies(newSecret, got.get(1))).isTrue();
            assertThat(StandardWebhooksVerifier.verifies(oldSecret, got.get(1))).isTrue();
            List<String> feedTypes = new java.util.ArrayList<>();
            feed(null).get("items").forEach(e -> feedTypes.add(e.get("type").asText()));
            assertThat(feedTypes).as("the test event is not in the feed").containsExactly("settings.changed",
                    "settings.changed");
        } finally {
            other.receiver.close();
        }
    }

    @Test
    void aReceiverThatAnswersGoneDisablesItsEndpoint() {
        createEndpoint(List.of("unique_code.created"));
        receiver.answer(410);
        owner.createCode("Guest");
        owner.createCode("Guest 2");
        deliverAllDue();
        assertThat(receiver.received()).hasSize(1);
        owner.request().get("/api/v1/webhook-endpoints/" + endpointId()).then().body("enabled", equalTo(false))
                .body("failingSince", org.hamcrest.Matchers.notNullValue());
        owner.request().post("/api/v1/webhook-endpoints/" + endpointId() + "/test").then().statusCode(409)
                .body("code", equalTo("webhook-endpoint-disabled"));
    }

    @Test
    void aPassedExpiryIsToldOnceByTheSystemInTheTrailAndToIntegrators() {
        createEndpoint(List.of("unique_code.expired"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        String code = owner.createCode("Short stay", start.plus(1, ChronoUnit.HOURS)).getString("id");
        clock.advance(Duration.ofMinutes(59));
        expiries.announceDue(1000);
        deliverAllDue();
        assertThat(receiver.received()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        expiries.announceDue(1000);
        expiries.announceDue(1000);
        deliverAllDue();
        clock.release();
        assertThat(receiver.received()).hasSize(1);
        JsonNode event = json(receiver.received().get(0).body());
        assertThat(event.get("type").asText()).isEqualTo("unique_code.expired");
        assertThat(event.at("/data/uniqueCodeId").asText()).isEqualTo(code);
        assertThat(event.at("/data/expiresAt").asText()).isEqualTo(start.plus(1, ChronoUnit.HOURS).toString());
        assertThat(event.at("/actor/type").asText()).isEqualTo("SYSTEM");
        assertThat(owner.auditEvents("action=UNIQUE_CODE_EXPIRED")).singleElement()
                .satisfies(e -> assertThat(e.get("uniqueCodeId")).isEqualTo(code));
    }

    // ---- helpers ----

    /** A second receiver with an endpoint of the same account, subscribed to everything. */
    private final class Receiver2 {
        final WebhookReceiver receiver = new WebhookReceiver();

        Receiver2() {
            owner.request().body(Map.of("url", receiver.url(), "eventTypes", List.of("unique_code.created")))
                    .post("/api/v1/webhook-endpoints").then().statusCode(201);
        }
    }

    private String endpointId;

    private JsonPath createEndpoint(List<String> types) {
        JsonPath created = owner.request().body(Map.of("url", receiver.url(), "description", "PMS", "eventTypes", types))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
        endpointId = created.getString("endpoint.id");
        return created;
    }

    private String endpointId() {
        return endpointId;
    }

    private void deliverAllDue() {
        for (int i = 0; i < 100 && worker.deliverNext(); i++) {
            // one endpoint per step
        }
    }

    private List<Map<String, Object>> deliveries(String endpoint) {
        return owner.request().get("/api/v1/webhook-endpoints/" + endpoint + "/deliveries").then().statusCode(200)
                .extract().path("items");
    }

    private JsonNode feed(String after) {
        return json(owner.request().get("/api/v1/events" + (after == null ? "" : "?after=" + after)).then().statusCode(200)
                .extract().asString());
    }

    private static String type(String body) {
        return json(body).get("type").asText();
    }

    private static JsonNode json(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
