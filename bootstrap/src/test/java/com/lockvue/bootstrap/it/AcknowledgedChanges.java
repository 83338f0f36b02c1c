package com.lockvue.bootstrap.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.bootstrap.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * An owner's changes made through the API, each recorded the moment the server acknowledged it (2xx), and the
 * check, after a crash, that every one of them is still in force: what was created exists, what was revoked or
 * deleted stays so (no login, no lock command), and each change has its audit event.
 */
final class AcknowledgedChanges {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** One Unique Code and what was done to it. */
    static final class Code {
        final String id;
        final String code;
        final String deviceId = "phone-" + UUID.randomUUID();
        volatile String permissionId;
        volatile String lockId;
        volatile String session;
        volatile boolean revoked;
        volatile boolean deleted;
        /** A change was asked for and not answered (the crash came first): it may or may not have been made. */
        volatile boolean inDoubt;

        Code(String id, String code) {
            this.id = id;
            this.code = code;
        }
    }

    private volatile String base;
    private final String owner;
    private final List<String> locks;
    private final ConcurrentLinkedQueue<Code> codes = new ConcurrentLinkedQueue<>();
    /** Audit events the acknowledged changes must have left: ACTION:id. */
    private final Set<String> expectedEvents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private volatile int signalAt = Integer.MAX_VALUE;
    private final CountDownLatch reached = new CountDownLatch(1);

    AcknowledgedChanges(String base, String owner, List<String> locks) {
        this.base = base;
        this.owner = owner;
        this.locks = locks;
    }

    /** The server now answers at {@code newBase} (a restarted server has another port). */
    void movedTo(String newBase) {
        base = newBase;
    }

    /** A latch opened the moment {@code more} further changes have been acknowledged. */
    CountDownLatch after(int more) {
        signalAt = acknowledged.get() + more;
        return reached;
    }

    int count() {
        return acknowledged.get();
    }

    /** Codes whose last change was asked for but not answered, so whose state is not checked. */
    long inDoubt() {
        return codes.stream().filter(code -> code.inDoubt).count();
    }

    Code createCode() {
        JsonNode created = ItSupport.expect(Http.call(base, "POST", "/api/v1/unique-codes", owner, Map.of(
                "description", "Crash test " + UUID.randomUUID(),
                "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())), 201).json();
        Code code = new Code(created.get("id").asText(), created.get("code").asText());
        codes.add(code);
        acknowledge("UNIQUE_CODE_CREATED:" + code.id);
        return code;
    }

    void share(Code code, String lockId) {
        code.inDoubt = true;
        JsonNode shared = ItSupport.expect(Http.call(base, "POST", "/api/v1/permissions", owner, Map.of(
                "lockIds", List.of(lockId), "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code.id),
                "level", "RESTRICTED")), 200).json();
        code.lockId = lockId;
        code.permissionId = shared.get("items").get(0).get("id").asText();
        code.inDoubt = false;
        acknowledge("PERMISSION_GRANTED:" + code.permissionId);
    }

    /** The phone logs in with the code (binding it to the phone) and keeps its session. */
    void logIn(Code code) {
        code.inDoubt = true;
        JsonNode login = ItSupport.expect(Http.callFrom(clientAddress(), base, "POST", "/api/v1/code-login", null,
                Map.of("code", code.code, "deviceId", code.deviceId)), 200).json();
        code.session = login.get("accessToken").asText();
        code.inDoubt = false;
        acknowledge("CODE_LOGIN:" + code.id);
    }

    void unlock(Code code) {
        ItSupport.expect(requestUnlock(code), 201);
        acknowledge("LOCK_COMMAND_ISSUED:" + code.id);
    }

    void revoke(Code code) {
        code.inDoubt = true;
        ItSupport.expect(Http.call(base, "DELETE", "/api/v1/permissions/" + code.permissionId, owner, null), 204);
        code.revoked = true;
        code.inDoubt = false;
        acknowledge("PERMISSION_REVOKED:" + code.permissionId);
    }

    void delete(Code code) {
        code.inDoubt = true;
        ItSupport.expect(Http.call(base, "DELETE", "/api/v1/unique-codes/" + code.id, owner, null), 204);
        code.deleted = true;
        code.inDoubt = false;
        acknowledge("UNIQUE_CODE_DELETED:" + code.id);
    }

    /**
     * Every acknowledged change that is not in force, as its audit key (ACTION:id) with what was found wrong;
     * empty if nothing was lost.
     */
    Map<String, List<String>> lost() {
        Set<String> events = auditEvents();
        Map<String, List<String>> lost = new TreeMap<>();
        for (String event : expectedEvents) {
            if (!events.contains(event)) {
                lost.computeIfAbsent(event, k -> new ArrayList<>()).add("its audit event is missing");
            }
        }
        for (Code code : codes) {
            notInForce(code, (change, finding) -> lost.computeIfAbsent(change, k -> new ArrayList<>()).add(finding));
        }
        return lost;
    }

    private void notInForce(Code code, BiConsumer<String, String> lost) {
        if (code.inDoubt) {
            return; // its audit events are checked all the same, for what was acknowledged
        }
        String created = "UNIQUE_CODE_CREATED:" + code.id;
        String deleted = "UNIQUE_CODE_DELETED:" + code.id;
        int stored = Http.call(base, "GET", "/api/v1/unique-codes/" + code.id, owner, null).status();
        if (code.deleted) {
            if (stored != 404) {
                lost.accept(deleted, "the code is still there (" + stored + ")");
            }
            int login = Http.callFrom(clientAddress(), base, "POST", "/api/v1/code-login", null,
                    Map.of("code", code.code, "deviceId", code.deviceId)).status();
            if (login != 401) {
                lost.accept(deleted, "the code can log in again (" + login + ")");
            }
        } else if (stored != 200) {
            lost.accept(created, "the code is gone (" + stored + ")");
        }
        if (code.permissionId == null) {
            return;
        }
        String revoked = "PERMISSION_REVOKED:" + code.permissionId;
        boolean listed = permissionsOf(code).contains(code.permissionId);
        if (code.revoked || code.deleted) {
            if (listed) {
                lost.accept(code.revoked ? revoked : deleted, "the permission is back");
            }
        } else if (!listed) {
            lost.accept("PERMISSION_GRANTED:" + code.permissionId, "the permission is gone");
        }
        if (code.session != null) {
            int command = requestUnlock(code).status();
            int expected = code.deleted ? 401 : code.revoked ? 404 : 201;
            if (command != expected) {
                lost.accept(code.deleted ? deleted : code.revoked ? revoked : "CODE_LOGIN:" + code.id,
                        "its phone asked for an unlock command: " + command + ", not " + expected);
            }
        }
    }

    private Http.Answer requestUnlock(Code code) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return Http.call(base, "POST", "/api/v1/locks/" + code.lockId + "/unlock-commands", code.session, Map.of(
                "nonce", Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), "action", "UNLOCK"));
    }

    private Set<String> permissionsOf(Code code) {
        JsonNode page = ItSupport.expect(Http.call(base, "GET", "/api/v1/permissions?limit=200&uniqueCodeId=" + code.id,
                owner, null), 200).json();
        Set<String> ids = new HashSet<>();
        page.get("items").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    /** Every SUCCESS event of the account as ACTION:id (the permission's id for permission events, else the code's). */
    private Set<String> auditEvents() {
        Set<String> events = new HashSet<>();
        String cursor = null;
        do {
            String path = "/api/v1/audit-events?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = ItSupport.expect(Http.call(base, "GET", path, owner, null), 200).json();
            for (JsonNode event : page.get("items")) {
                if (!"SUCCESS".equals(event.get("outcome").asText())) {
                    continue;
                }
                String action = event.get("action").asText();
                JsonNode id = action.startsWith("PERMISSION_") ? event.get("permissionId") : event.get("uniqueCodeId");
                if (id != null && !id.isNull()) {
                    events.add(action + ":" + id.asText());
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return events;
    }

    private void acknowledge(String auditEvent) {
        expectedEvents.add(auditEvent);
        if (acknowledged.incrementAndGet() >= signalAt) {
            reached.countDown();
        }
    }

    /** A new client address for each login, as many phones would be: the per-address login limit is not at issue. */
    private static String clientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) % 250 + "." + (n % 250 + 1);
    }
}
