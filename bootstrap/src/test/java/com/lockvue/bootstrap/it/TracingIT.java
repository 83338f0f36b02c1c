package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OpenTelemetry tracing is off unless configured: then nothing is sent or even connected to. Turned on, the spans of
 * a lock command (the HTTP request, its SQL statements, and the signature) reach an OTLP receiver. The receiver is a
 * tiny OTLP/HTTP endpoint in this test that keeps what it is sent; protobuf carries names and attribute values as
 * plain UTF-8, so the test looks for those bytes.
 */
@Timeout(300)
class TracingIT {
    private static final Path WORK = ServerProcess.WORK.resolve("tracing");
    private static EmbeddedDatabase database;
    private HttpServer receiver;
    private final AtomicInteger exchanges = new AtomicInteger();
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(ItSupport.databaseSettings(WORK)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
    }

    @AfterAll
    static void stopDatabase() {
        ItSupport.closeQuietly(database);
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchanges.incrementAndGet();
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readAllBytes();
                String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
                exports.add("gzip".equalsIgnoreCase(encoding) ? gunzip(bytes) : bytes);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void byDefaultNothingIsExportedNorConnectedToAndNothingComplains() throws IOException {
        Map<String, String> env = environment("off");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiverUrl());
        ServerProcess server = ServerProcess.start("off", WORK, env);
        try {
            driveALockCommand(server.baseUrl());
        } finally {
            server.close();
        }
        assertThat(exchanges.get()).as("requests to the OTLP endpoint").isZero();
        String log = Files.readString(server.log);
        assertThat(log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .as("warnings and errors").noneMatch(line -> line.toLowerCase().contains("otel")
                        || line.toLowerCase().contains("opentelemetry") || line.toLowerCase().contains("export"));
    }

    @Test
    void configuredItExportsTheRequestItsSqlAndTheSignature() {
        Map<String, String> env = environment("on");
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiverUrl());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.2S");
        env.put("QUARKUS_OTEL_SERVICE_NAME", "lockvue-tracing-it");
        ServerProcess server = ServerProcess.start("on", WORK, env);
        try {
            driveALockCommand(server.baseUrl());
        } finally {
            server.close(); // flushes what is left to export
        }
        String exported = new String(concat(exports), StandardCharsets.ISO_8859_1);
        assertThat(exported).as("the service").contains("lockvue-tracing-it");
        assertThat(exported).as("the HTTP span").contains("/api/v1/locks/{lockId}/unlock-commands");
        assertThat(exported).as("a JDBC span").contains("postgresql");
        assertThat(exported).as("the signing span").contains("lock-command.sign");
    }

    private Map<String, String> environment(String name) {
        return ItSupport.serverEnvironment(database, WORK.resolve("secrets-" + name));
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    private static void driveALockCommand(String base) {
        String owner = ItSupport.signUp(base);
        ItSupport.expect(Http.call(base, "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        String lockId = ItSupport.activateLock(base, owner, "Front door");
        JsonNode code = ItSupport.expect(Http.call(base, "POST", "/api/v1/unique-codes", owner, Map.of(
                "description", "Plumber", "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())), 201).json();
        ItSupport.expect(Http.call(base, "POST", "/api/v1/permissions", owner, Map.of("lockIds", List.of(lockId),
                "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code.get("id").asText()),
                "level", "MAINTENANCE")), 200);
        String session = ItSupport.expect(Http.call(base, "POST", "/api/v1/code-login", null, Map.of(
                "code", code.get("code").asText(), "deviceId", "phone-" + UUID.randomUUID())), 200)
                .json().get("accessToken").asText();
        ItSupport.expect(Http.call(base, "POST", "/api/v1/locks/" + lockId + "/unlock-commands", session,
                Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK")), 201);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        parts.forEach(all::writeBytes);
        return all.toByteArray();
    }
}
