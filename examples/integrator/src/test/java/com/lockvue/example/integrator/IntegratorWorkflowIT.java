package com.lockvue.example.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.client.ApiClient;
import com.lockvue.client.ApiException;
import com.lockvue.client.api.AccountsApi;
import com.lockvue.client.api.ActivityApi;
import com.lockvue.client.api.ApiKeysApi;
import com.lockvue.client.api.CodeLoginApi;
import com.lockvue.client.api.EventsApi;
import com.lockvue.client.api.LockCommandsApi;
import com.lockvue.client.api.LocksApi;
import com.lockvue.client.api.PermissionsApi;
import com.lockvue.client.api.SettingsApi;
import com.lockvue.client.api.UniqueCodesApi;
import com.lockvue.client.model.ActivateLockRequest;
import com.lockvue.client.model.ApiKeyScope;
import com.lockvue.client.model.AuditAction;
import com.lockvue.client.model.AuditEvent;
import com.lockvue.client.model.AuditEventActor;
import com.lockvue.client.model.CodeLoginRequest;
import com.lockvue.client.model.CreateApiKeyRequest;
import com.lockvue.client.model.CreateUniqueCodeRequest;
import com.lockvue.client.model.LockAction;
import com.lockvue.client.model.LockCommand;
import com.lockvue.client.model.LockCommandRequest;
import com.lockvue.client.model.PermissionLevel;
import com.lockvue.client.model.RecipientRef;
import com.lockvue.client.model.RecipientType;
import com.lockvue.client.model.SettingsPatch;
import com.lockvue.client.model.ShareLocksRequest;
import com.lockvue.client.model.SharedLock;
import com.lockvue.client.model.SignUpRequest;
import com.lockvue.client.model.UniqueCode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The integrator's quick-start, as a test: the whole workflow through the client openapi-generator made from
 * openapi.yaml (Java, native library), against the packaged server. The owner signs up once and makes an API key;
 * the integrator's server does everything else with that key, retrying safely with Idempotency-Key; the phone logs
 * in with the code and gets a signed unlock command.
 */
@Timeout(300)
class IntegratorWorkflowIT {
    private static PackagedServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PackagedServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A client of the API sending this bearer credential (or none). */
    private static ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl);
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }

    @Test
    void theWholeWorkflowThroughTheGeneratedClient() throws Exception {
        // The owner, once: an account, and a key for the integration.
        String ownerToken = new AccountsApi(client(null)).signUp(new SignUpRequest().accountName("Harbour Flats")
                .email("owner-" + UUID.randomUUID() + "@example.com").password("correct horse battery")
                .timeZone("Europe/London"), UUID.randomUUID().toString()).getAccessToken();
        String apiKey = new ApiKeysApi(client(ownerToken)).createApiKey(new CreateApiKeyRequest()
                .name("Booking engine").scope(ApiKeyScope.FULL), UUID.randomUUID().toString()).getKey();
        assertThat(apiKey).startsWith("lvk_");

        // The integrator's server, with the key.
        ApiClient integrator = client(apiKey);
        new SettingsApi(integrator).updateSettings(new SettingsPatch().uniqueCodesEnabled(true), null);
        LocksApi locks = new LocksApi(integrator);
        UUID front = locks.activateLock(new ActivateLockRequest().serialNumber(serial()).name("Front door"),
                UUID.randomUUID().toString()).getId();
        UUID back = locks.activateLock(new ActivateLockRequest().serialNumber(serial()).name("Back door"),
                UUID.randomUUID().toString()).getId();

        UniqueCodesApi codes = new UniqueCodesApi(integrator);
        String createKey = UUID.randomUUID().toString();
        CreateUniqueCodeRequest guest = new CreateUniqueCodeRequest().description("Guest, flat 4")
                .expiresAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0));
        UniqueCode code = codes.createUniqueCode(guest, createKey);
        UniqueCode retried = codes.createUniqueCode(guest, createKey);
        assertThat(retried.getId()).as("a retry with the same key is the same code").isEqualTo(code.getId());
        assertThat(retried.getCode()).isEqualTo(code.getCode());

        PermissionsApi permissions = new PermissionsApi(integrator);
        List<UUID> shared = permissions.shareLocks(new ShareLocksRequest().lockIds(new java.util.LinkedHashSet<>(List.of(front, back)))
                        .recipient(new RecipientRef().type(RecipientType.UNIQUE_CODE).uniqueCodeId(code.getId()))
                        .level(PermissionLevel.MAINTENANCE), UUID.randomUUID().toString())
                .getItems().stream().map(p -> p.getId()).toList();

        // The guest's phone: Code Login, its locks, a signed command for the front door.
        String typed = code.getCode().replace("-", "").toLowerCase();
        String session = new CodeLoginApi(client(null)).codeLogin(new CodeLoginRequest().code(typed)
                .deviceId("phone-" + UUID.randomUUID()), UUID.randomUUID().toString()).getAccessToken();
        CodeLoginApi phone = new CodeLoginApi(client(session));
        assertThat(phone.listCodeSessionLocks().getItems()).extracting(SharedLock::getLockId)
                .containsExactlyInAnyOrder(front, back);
        LockCommand unlock = new LockCommandsApi(client(session)).issueLockCommand(front,
                new LockCommandRequest().nonce("AAECAwQFBgcICQoLDA0ODw").action(LockAction.UNLOCK),
                UUID.randomUUID().toString());
        assertThat(unlock.getCommand()).isNotBlank();
        assertThat(unlock.getAction()).isEqualTo(LockAction.UNLOCK);

        // Revoke one lock and delete the code: the 204s these clients used to be refused (406).
        String revokeKey = UUID.randomUUID().toString();
        permissions.revokePermission(shared.get(1), revokeKey);
        permissions.revokePermission(shared.get(1), revokeKey);
        assertThat(phone.listCodeSessionLocks().getItems()).extracting(SharedLock::getLockId).containsExactly(front);
        codes.deleteUniqueCode(code.getId(), UUID.randomUUID().toString());
        assertThatThrownBy(phone::listCodeSessionLocks).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(401));

        // The audit trail names the key as the actor of what it did.
        List<AuditEvent> events = new ActivityApi(integrator).listAuditEvents(null, null, null, null, null, 200, null)
                .getItems();
        assertThat(events).filteredOn(e -> e.getAction() == AuditAction.UNIQUE_CODE_CREATED).singleElement()
                .satisfies(e -> assertThat(e.getActor().getType()).isEqualTo(AuditEventActor.TypeEnum.API_KEY));
        assertThat(events).extracting(AuditEvent::getAction).contains(AuditAction.LOCK_COMMAND_ISSUED,
                AuditAction.PERMISSION_REVOKED, AuditAction.UNIQUE_CODE_DELETED, AuditAction.CODE_LOGIN);
        assertThat(events).filteredOn(e -> e.getAction() == AuditAction.PERMISSION_REVOKED)
                .as("one revoked by hand, the other with the code; the retried revoke was not done twice").hasSize(2);

        // The events feed (what webhooks deliver) tells the same story, in the order it committed.
        List<String> told = new EventsApi(integrator).listEvents(null, 200).getItems().stream()
                .map(event -> event.getActualInstance().getClass().getSimpleName()).toList();
        assertThat(told).containsSubsequence("UniqueCodeCreatedEvent", "PermissionGrantedEvent",
                "CodeLoginSucceededEvent", "LockCommandIssuedEvent", "PermissionRevokedEvent", "UniqueCodeDeletedEvent");
    }

    private static String serial() {
        return "LV-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
    }
}
