package com.lockvue.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.application.port.out.WebhookSender;
import com.lockvue.domain.webhook.WebhookSecret;
import com.lockvue.domain.webhook.WebhookUrl;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP to a receiver on loopback (allowed here explicitly, as the test configuration of the server does). */
class VertxWebhookSenderTest {
    static final WebhookSecret SECRET = new WebhookSecret(new byte[32]);
    final Vertx vertx = Vertx.vertx();
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    final CountDownLatch never = new CountDownLatch(1);
    HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, String> request = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> request.put(name.toLowerCase(), values.get(0)));
            request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            request.put("path", exchange.getRequestURI().toString());
            received.add(request);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/hook");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/silent", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stop() {
        never.countDown();
        receiver.stop(0);
        vertx.close();
    }

    WebhookSender sender(List<Network> allowed) {
        return new VertxWebhookSender(vertx, new TargetGuard(allowed, false), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    WebhookSender.Request request(String path) {
        return new WebhookSender.Request(WebhookUrl.parse("http://127.0.0.1:" + receiver.getAddress().getPort() + path, "/url"),
                "evt-1", Instant.ofEpochSecond(1_700_000_000), "{\"a\":1}", List.of(SECRET));
    }

    @Test
    void postsTheBodyWithTheStandardWebhookHeadersAndReportsTheStatus() {
        WebhookSender.Result result = sender(List.of(Network.parse("127.0.0.0/8"))).send(request("/hook?x=1"));

        assertThat(result.statusCode()).isEqualTo(204);
        assertThat(result.succeeded()).isTrue();
        assertThat(received).hasSize(1);
        Map<String, String> got = received.get(0);
        assertThat(got).containsEntry("body", "{\"a\":1}").containsEntry("path", "/hook?x=1")
                .containsEntry("webhook-id", "evt-1").containsEntry("webhook-timestamp", "1700000000")
                .containsEntry("content-type", "application/json")
                .containsEntry("webhook-signature", StandardWebhookSignature.header("evt-1", 1_700_000_000, "{\"a\":1}",
                        List.of(SECRET)));
    }

    @Test
    void refusesLoopbackUnlessAllowedAndSendsNothing() {
        WebhookSender.Result result = sender(List.of()).send(request("/hook"));

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).startsWith("refused").contains("127.0.0.1");
        assertThat(received).isEmpty();
    }

    @Test
    void doesNotFollowARedirect() {
        WebhookSender.Result result = sender(List.of(Network.parse("127.0.0.1/32"))).send(request("/moved"));

        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.succeeded()).isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    void aReceiverThatNeverAnswersIsAFailedAttemptNotAHungWorker() {
        WebhookSender.Result result = sender(List.of(Network.parse("127.0.0.1/32"))).send(request("/silent"));

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isNotBlank();
    }
}
