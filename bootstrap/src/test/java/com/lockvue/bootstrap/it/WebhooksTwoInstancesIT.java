package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import com.lockvue.bootstrap.support.StandardWebhooksVerifier;
import com.lockvue.bootstrap.support.WebhookReceiver;
import com.lockvue.bootstrap.support.WebhookReceiver.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two packaged servers on one PostgreSQL, each running its own delivery workers against the same outbox: every
 * event reaches the receiver once between them, in the feed's order, signed; and when the receiver fails, the
 * retries come on the (shortened) schedule until it answers again.
 */
@Timeout(300)
class WebhooksTwoInstancesIT {
    private static final Path WORK = ServerProcess.WORK.resolve("webhooks-two-instances");
    private static EmbeddedDatabase database;
    private static ServerProcess a;
    private static ServerProcess b;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        try {
            receiver = new WebhookReceiver();
            database = EmbeddedDatabase.start(ItSupport.databaseSettings(WORK)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
            Map<String, String> env = new HashMap<>(ItSupport.serverEnvironment(database, WORK.resolve("shared-secrets")));
            // What only a test may do: deliver over plain HTTP to loopback, and retry after seconds, not hours.
            env.put("LOCKVUE_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.0/8");
            env.put("LOCKVUE_WEBHOOKS_REQUIRE_HTTPS", "false");
            env.put("LOCKVUE_WEBHOOKS_RETRY_SCHEDULE", "PT0S,PT1S,PT2S");
            a = ServerProcess.start("a", WORK, env);
            b = ServerProcess.start("b", WORK, env);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(b, a, database, receiver);
    }

    @Test
    void eachEventIsDeliveredOnceBetweenTheTwoInstancesInTheFeedsOrder() {
        String owner = ItSupport.signUp(a.baseUrl());
        ItSupport.expect(Http.call(a.baseUrl(), "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        JsonNode endpoint = ItSupport.expect(Http.call(b.baseUrl(), "POST", "/api/v1/webhook-endpoints", owner,
                Map.of("url", receiver.url(), "eventTypes", List.of("unique_code.created", "unique_code.deleted"))), 201)
                .json();
        String secret = endpoint.get("secret").asText();
        int codes = 30;
        for (int i = 0; i < codes; i++) {
            ServerProcess server = i % 2 == 0 ? a : b;
            String id = ItSupport.expect(Http.call(server.baseUrl(), "POST", "/api/v1/unique-codes", owner, Map.of(
                    "description", "Guest " + i, "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())), 201)
                    .json().get("id").asText();
            if (i % 5 == 0) {
                ItSupport.expect(Http.call(server.baseUrl(), "DELETE", "/api/v1/unique-codes/" + id, owner, null), 204);
            }
        }
        int expected = codes + codes / 5;
        WebhookReceiver.await(Duration.ofSeconds(60), () -> receiver.received().size() >= expected);
        ServerProcess.sleep(3000); // time for a duplicate to show up, if either instance were to send one

        List<Received> got = receiver.received();
        Map<String, Long> perEvent = got.stream().collect(Collectors.groupingBy(r -> r.header("webhook-id"),
                Collectors.counting()));
        assertThat(perEvent).hasSize(expected);
        assertThat(perEvent.values()).as("each event once").containsOnly(1L);
        assertThat(got).allSatisfy(r -> assertThat(StandardWebhooksVerifier.verifies(secret, r)).isTrue());

        List<String> feed = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = ItSupport.expect(Http.call(a.baseUrl(), "GET", "/api/v1/events?limit=200"
                    + (after == null ? "" : "&after=" + after), owner, null), 200).json();
            page.get("items").forEach(e -> {
                if (e.get("type").asText().startsWith("unique_code.")) {
                    feed.add(e.get("id").asText());
                }
            });
            after = page.get("hasMore").asBoolean() ? page.get("nextCursor").asText() : null;
        } while (after != null);
        assertThat(got).extracting(r -> r.header("webhook-id")).as("in the feed's order").containsExactlyElementsOf(feed);
    }

    @Test
    void aFailingReceiverIsRetriedOnTheScheduleUntilItAnswers() {
        String owner = ItSupport.signUp(b.baseUrl());
        ItSupport.expect(Http.call(b.baseUrl(), "PATCH", "/api/v1/settings", owner, Map.of("timeZone", "Europe/Paris")), 200);
        WebhookReceiver failing = new WebhookReceiver();
        try {
            failing.answer(503);
            String endpoint = ItSupport.expect(Http.call(a.baseUrl(), "POST", "/api/v1/webhook-endpoints", owner,
                    Map.of("url", failing.url(), "eventTypes", List.of("settings.changed"))), 201)
                    .json().get("endpoint").get("id").asText();
            ItSupport.expect(Http.call(b.baseUrl(), "PATCH", "/api/v1/settings", owner, Map.of("timeZone", "UTC")), 200);
            WebhookReceiver.await(Duration.ofSeconds(30), () -> failing.received().size() >= 2);
            failing.answer(204);
            WebhookReceiver.await(Duration.ofSeconds(30), () -> failing.received().size() >= 3);
            ServerProcess.sleep(3000);

            List<Received> got = failing.received();
            assertThat(got).hasSize(3).extracting(Received::answered).containsExactly(503, 503, 204);
            assertThat(got).extracting(r -> r.header("webhook-id")).containsOnly(got.get(0).header("webhook-id"));
            assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(Duration.between(got.get(1).at(), got.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
            JsonNode log = ItSupport.expect(Http.call(b.baseUrl(), "GET", "/api/v1/webhook-endpoints/" + endpoint
                    + "/deliveries", owner, null), 200).json().get("items").get(0);
            assertThat(log.get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(log.get("attempts").asInt()).isEqualTo(3);
            assertThat(log.get("attemptLog").findValuesAsText("statusCode")).containsExactly("204", "503", "503");
        } finally {
            failing.close();
        }
    }
}
