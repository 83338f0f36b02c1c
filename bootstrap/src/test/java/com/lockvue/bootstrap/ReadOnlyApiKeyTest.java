package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract that changes something, sent with a valid request and a read-only key, is refused
 * and changes nothing: {@code api-key-read-only} where keys are accepted, {@code forbidden} where only the owner's
 * session is. The list of operations is the contract's own, so a new write operation fails this test until it is
 * added here.
 */
@QuarkusTest
class ReadOnlyApiKeyTest {
    @Inject
    DataSource dataSource;

    record Call(String method, String path, Object body) {
    }

    @Test
    void aReadOnlyKeyIsRefusedEveryChangeTheContractOffers() throws IOException {
        Owner owner = Owner.signUp().enableUniqueCodes();
        String lock = owner.activateLock("Front door");
        String code = owner.createCode("Plumber").getString("id");
        String permission = owner.share(code, "RESTRICTED", lock).get(0);
        String fullKey = owner.createApiKey("Full", "FULL").getString("id");
        String readOnly = owner.createApiKey("Reporting", "READ_ONLY").getString("key");
        String future = Instant.now().plus(7, ChronoUnit.DAYS).toString();
        String endpoint = owner.request().body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes",
                List.of("device.released"))).post("/api/v1/webhook-endpoints").then().statusCode(201)
                .extract().path("endpoint.id");
        String hooks = "/api/v1/webhook-endpoints/" + endpoint;

        Map<String, Call> calls = new TreeMap<>(Map.ofEntries(
                Map.entry("updateSettings", new Call("PATCH", "/api/v1/settings", Map.of("uniqueCodesEnabled", false))),
                Map.entry("activateLock", new Call("POST", "/api/v1/locks", Map.of("serialNumber",
                        "LV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "name", "Back door"))),
                Map.entry("issueLockCommand", new Call("POST", "/api/v1/locks/" + lock + "/unlock-commands",
                        Map.of("nonce", "AAECAwQFBgcICQoLDA0ODw", "action", "UNLOCK"))),
                Map.entry("createUniqueCode", new Call("POST", "/api/v1/unique-codes",
                        Map.of("description", "Cleaner", "expiresAt", future))),
                Map.entry("deleteUniqueCode", new Call("DELETE", "/api/v1/unique-codes/" + code, null)),
                Map.entry("releaseDevice", new Call("DELETE", "/api/v1/unique-codes/" + code + "/device", null)),
                Map.entry("shareLocks", new Call("POST", "/api/v1/permissions", Map.of("lockIds", List.of(lock),
                        "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code), "level", "MAINTENANCE"))),
                Map.entry("revokePermission", new Call("DELETE", "/api/v1/permissions/" + permission, null)),
                Map.entry("logOut", new Call("POST", "/api/v1/auth/logout", null)),
                Map.entry("changePassword", new Call("POST", "/api/v1/me/password", Map.of("currentPassword",
                        Owner.PASSWORD, "newPassword", "another long passphrase"))),
                Map.entry("createApiKey", new Call("POST", "/api/v1/api-keys", Map.of("name", "More", "scope", "FULL"))),
                Map.entry("revokeApiKey", new Call("DELETE", "/api/v1/api-keys/" + fullKey, null)),
                Map.entry("updateUniqueCode", new Call("PATCH", "/api/v1/unique-codes/" + code,
                        Map.of("description", "Renamed"))),
                Map.entry("suspendUniqueCode", new Call("PUT", "/api/v1/unique-codes/" + code + "/suspension", null)),
                Map.entry("resumeUniqueCode", new Call("DELETE", "/api/v1/unique-codes/" + code + "/suspension", null)),
                Map.entry("renameCodeSessionDevice", new Call("PATCH", "/api/v1/code-session/device",
                        Map.of("name", "Anna's phone"))),
                Map.entry("createWebhookEndpoint", new Call("POST", "/api/v1/webhook-endpoints",
                        Map.of("url", "http://127.0.0.1:9/more", "eventTypes", List.of("device.released")))),
                Map.entry("updateWebhookEndpoint", new Call("PATCH", hooks, Map.of("enabled", false))),
                Map.entry("deleteWebhookEndpoint", new Call("DELETE", hooks, null)),
                Map.entry("rotateWebhookSecret", new Call("POST", hooks + "/rotate-secret", null)),
                Map.entry("sendWebhookTest", new Call("POST", hooks + "/test", null)),
                Map.entry("redeliverWebhook", new Call("POST", hooks + "/deliveries/" + UUID.randomUUID() + "/redeliver",
                        null))));

        OpenAPI contract = new OpenAPIV3Parser().readContents(Files.readString(Path.of("..", "openapi.yaml")))
                .getOpenAPI();
        Map<String, Boolean> keysAccepted = new TreeMap<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : contract.getSecurity();
            if (!method.name().equals("GET") && !security.isEmpty()) {
                keysAccepted.put(op.getOperationId(), security.stream().anyMatch(r -> r.containsKey("apiKey")));
            }
        }));
        assertThat(calls.keySet()).as("every change an authenticated caller can ask for").isEqualTo(keysAccepted.keySet());

        DatabaseState before = DatabaseState.of(dataSource);
        Set<String> refused = new TreeSet<>();
        calls.forEach((operation, call) -> {
            String expected = keysAccepted.get(operation) ? "api-key-read-only" : "forbidden";
            var request = owner.api.unchecked(readOnly).contentType("application/json");
            if (call.body() != null) {
                request.body(call.body());
            }
            String answer = request.request(call.method(), call.path()).then().extract().asString();
            assertThat(answer).as(operation).contains("\"status\":403").contains("\"code\":\"" + expected + "\"");
            refused.add(operation);
        });

        assertThat(refused).isEqualTo(calls.keySet());
        DatabaseState after = DatabaseState.of(dataSource);
        Map<String, String> tablesBefore = new TreeMap<>(before.tables());
        Map<String, String> tablesAfter = new TreeMap<>(after.tables());
        // The key's own last use may have been noted; nothing else may differ.
        tablesBefore.remove("api_keys");
        tablesAfter.remove("api_keys");
        assertThat(tablesAfter).isEqualTo(tablesBefore);
        assertThat(after.successEvents()).isEqualTo(before.successEvents());
    }

}
